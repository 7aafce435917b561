// The Chinese scale words a number can carry, and what they multiply by: one table for the reader and the comparer.
export type Scale = "万" | "亿" | "千" | "百" | "万亿";

/** Powers of ten; longest word first where one is a prefix of another (万亿 before 亿 and 万). */
export const SCALE_POWER: Record<Scale, number> = { 万亿: 12, 亿: 8, 万: 4, 千: 3, 百: 2 };

/** 726.47 and 亿 → 72647000000, through the decimal string so that no float noise creeps in. */
export function scaled(numberText: string | number, scale: Scale | null | undefined): number {
  return scale ? Number(`${numberText}e${SCALE_POWER[scale]}`) : Number(numberText);
}

/** What a scale multiplies by (1 without one). */
export function scaleFactor(scale: string | null | undefined): number {
  return scale && scale in SCALE_POWER ? 10 ** SCALE_POWER[scale as Scale] : 1;
}
