#!/usr/bin/env node
// What each npm entry adds to an app's bundle, with and without the bundled Backstage data: the
// entry bundled alone (Lit, Floating UI and the data included, as an app that has none of them
// gets it) by esbuild, minified, then gzip -9. Prints the Markdown table the README's "In
// frameworks" section shows. Run after `npm run build` (it bundles dist/).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** Each npm entry: its README name, the with-data file, the no-data file and, for the API entry, the import a test uses. */
export const ENTRIES = [
  ['`episode-elements` (classes, catalog API)', 'dist/index.js', 'dist/no-data/index.js', 'import { catalog } from'],
  ['`episode-card.js` (with the chip and the storyline)', 'dist/episode-card/episode-card.register.js', 'dist/no-data/episode-card.js'],
  ['`character-chip.js`', 'dist/character-chip/character-chip.register.js', 'dist/no-data/character-chip.js'],
  ['`plot-thread.js` (with the chip)', 'dist/plot-thread/plot-thread.register.js', 'dist/no-data/plot-thread.js'],
  ['`episode-data.js`', 'dist/episode-data/episode-data.register.js', 'dist/no-data/episode-data.js'],
  ['`all.js`', 'dist/all.js', 'dist/no-data/all.js'],
  ['`hydrate.js`', 'dist/hydrate.js', 'dist/no-data/hydrate.js'],
];

/** `contents` bundled as an app's browser bundler would (esbuild, minified; imports relative to the repository root). */
export async function bundleAlone(contents) {
  const result = await build({
    stdin: { contents, resolveDir: '.', loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['production'],
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}

/** gzip bytes of `file` bundled alone; with `use`, only the catalog is imported (tree-shaken). */
export async function entrySize(file, use) {
  const contents = use ? `${use} './${file}'; console.log(catalog);` : `import './${file}';`;
  return gzipSync(await bundleAlone(contents), { level: 9 }).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const data = await entrySize('dist/data/bundled.js');
  console.log('| Entry | With the Backstage data | `no-data/…` |\n| --- | --- | --- |');
  for (const [name, withData, noData, use] of ENTRIES) {
    console.log(`| ${name} | ${kb(await entrySize(withData, use))} | ${kb(await entrySize(noData, use))} |`);
  }
  console.log(`| \`backstage.js\` (the data alone, with the catalog) | ${kb(data)} | |`);
}
