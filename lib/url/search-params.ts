/** Next's searchParams shape: repeated keys arrive as arrays; keep the first value. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function firstValues(raw: RawSearchParams | URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = raw instanceof URLSearchParams ? raw.entries() : Object.entries(raw);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && !(key in out)) out[key] = first;
  }
  return out;
}

/** Serialise params in a fixed key order, leaving out every value equal to its default. */
export function toQuery<T extends Record<string, unknown>>(params: T, defaults: T, order: (keyof T)[]): string {
  const query = new URLSearchParams();
  for (const key of order) {
    const value = params[key];
    if (value === undefined || value === null || value === "" || value === defaults[key]) continue;
    query.set(String(key), typeof value === "boolean" ? (value ? "1" : "0") : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
