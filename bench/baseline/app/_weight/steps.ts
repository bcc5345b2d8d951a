/**
 * The item counts of the prerendered list pages (weight/[items]): about 0.8 kB of HTML an item,
 * so a step of five keeps the nearest within about 2 kB of any page up to 70 kB. The bench
 * reads them too (bench/lib/same-weight.ts).
 */
export const WEIGHT_STEPS = [...Array.from({ length: 17 }, (_, i) => i * 5), 100, 120, 140, 160];
