// JSON columns are plain strings (portable across SQLite and PostgreSQL); parse them defensively
// so that one corrupt row shows a fallback instead of breaking a page.
export function parseJson<T>(value: string | null | undefined, fallback: T): T {
  if (!value) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}
