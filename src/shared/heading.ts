/** A heading level clamped to 1–6; anything else (NaN, 0, 9) falls back to 3. */
export function headingLevel(level: number, offset = 0): number {
  const n = Math.round(level);
  return Math.min((n >= 1 && n <= 6 ? n : 3) + offset, 6);
}
