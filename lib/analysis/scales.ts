// The Chinese scale words a number can carry, and what they multiply by: one table for the reader and the comparer.
import { SCALE_POWER, type Scale } from "@/lib/domain/indicator";

export { SCALE_POWER, type Scale };

/** 726.47 and 亿 → 72647000000, through the decimal string so that no float noise creeps in. */
export function scaled(numberText: string | number, scale: Scale | null | undefined): number {
  return scale ? Number(`${numberText}e${SCALE_POWER[scale]}`) : Number(numberText);
}

/** What a scale multiplies by (1 without one). */
export function scaleFactor(scale: string | null | undefined): number {
  return scale && scale in SCALE_POWER ? 10 ** SCALE_POWER[scale as Scale] : 1;
}
