// Small, dependency-free statistics for the benchmark: medians with distribution-free 95%
// intervals (order statistics, so no normality is assumed) and a bootstrap interval for a ratio.

const sorted = (xs) => [...xs].sort((a, b) => a - b);

export function median(xs) {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The 95% confidence interval of the median from order statistics: the ranks n/2 ± 1.96·√n/2
 * (the normal approximation to the binomial). With 20 samples: the 5th and 16th values.
 */
export function medianInterval(xs) {
  const s = sorted(xs);
  const n = s.length;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lo = Math.max(0, Math.floor(n / 2 - half) - 1);
  const hi = Math.min(n - 1, Math.ceil(n / 2 + half));
  return [s[lo], s[hi]];
}

/** A seeded generator (mulberry32), so the bootstrap prints the same interval for the same data. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** median(a) / median(b) with a 95% percentile-bootstrap interval (2,000 resamples). */
export function ratioOfMedians(a, b, resamples = 2000) {
  const next = random(1);
  const resample = (xs) => xs.map(() => xs[Math.floor(next() * xs.length)]);
  const ratios = sorted(Array.from({ length: resamples }, () => median(resample(a)) / median(resample(b))));
  return {
    ratio: median(a) / median(b),
    interval: [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]],
  };
}

/** Least-squares slope of log(y) against log(x): 1 means linear growth. */
export function growthExponent(points) {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}
