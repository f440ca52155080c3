// Part 3 of the benchmark: what the bytes are. The CDN bundle, and what each element costs a
// developer who imports it from npm into an app that already has lit (lit external), bundled
// with the CDN build's own plugins (resolve, JSON, terser; dist/'s templates are already minified).
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cdn as cdnConfig } from '../rollup.config.js';

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export const compressed = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function bundle(input, external) {
  const build = await rollup({ input, external, plugins: cdnConfig.plugins, onwarn: cdnConfig.onwarn });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

/** Sizes of the npm entries with lit external, and of lit itself as the elements use it. */
export async function entrySizes() {
  const entries = {
    '<episode-card>': 'dist/episode-card/episode-card.register.js',
    '<character-chip>': 'dist/character-chip/character-chip.register.js',
    '<plot-thread>': 'dist/plot-thread/plot-thread.register.js',
    '<episode-data>': 'dist/episode-data/episode-data.register.js',
    'everything (all.js)': 'dist/all.js',
  };
  const rows = [];
  for (const [name, input] of Object.entries(entries)) rows.push({ name, ...compressed(await bundle(input, isLit)) });
  return rows;
}

/**
 * Where the CDN bundle's gzip bytes go: the bundle built without lit, without the dataset, and
 * without both; the differences are each part's share (gzip is nearly additive at this size).
 */
export async function budgetBreakdown() {
  const isData = (id) => id.endsWith('/data/backstage.json');
  const gz = async (external) => compressed(await bundle(cdnConfig.input, external)).gzip;
  const full = await gz(() => false);
  const noLit = await gz(isLit);
  const noData = await gz(isData);
  const neither = await gz((id) => isLit(id) || isData(id));
  return { full, lit: full - noLit, data: full - noData, ours: neither };
}
