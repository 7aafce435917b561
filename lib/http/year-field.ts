/**
 * The optional delivery year of the import form and the import API (`year`): empty means none; anything else must
 * be a year from 1949 to 2100. Used only for texts that do not say their year (lib/import/corrections.ts).
 */
export function parseYearField(value: FormDataEntryValue | string | null | undefined): { year?: number } | { error: string } {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return {};
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1949 || year > 2100) return { error: `年份应为 1949–2100 的四位数 / year must be 1949–2100 (got "${text.slice(0, 12)}")` };
  return { year };
}
