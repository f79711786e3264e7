// Small statistics for noisy timings: medians and quantiles, never means.

/** The q-quantile (0..1) of numbers, by linear interpolation between closest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const median = (values) => quantile(values, 0.5);

/** `median [p25–p75]` with a unit, for tables. */
export function spread(values, digits = 2, unit = ' ms') {
  const f = (v) => v.toFixed(digits);
  return `${f(median(values))}${unit} [${f(quantile(values, 0.25))}–${f(quantile(values, 0.75))}]`;
}
