// Part 4 of the benchmark: Lighthouse's four category scores for the demo page, from the npm
// `lighthouse` CLI driving Debian's Chromium (it needs no network beyond the local server).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export async function lighthouseScores(url, chromePath) {
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const misses = Object.values(report.audits)
    .filter((a) => typeof a.score === 'number' && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id} ${a.displayValue ?? a.score}`);
  return { scores, misses, metrics: report.audits.metrics?.details?.items?.[0] };
}
