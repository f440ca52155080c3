#!/usr/bin/env node
// Minifies the html`` and css`` templates of tsc's output (dist/**/*.js) in place, keeping each
// file's source map pointing at src/. Every consumer then gets the same template strings: npm
// bundles, the CDN bundles rollup makes from dist/, and episode-elements/ssr. That sameness is
// what hydration needs: it matches a server-rendered template by a hash of its strings.
import remapping from '@jridgewell/remapping';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/** Every .js file under `dir` (tsc's output: the CDN bundles are made from it afterwards). */
const modules = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });

/** tsc's closing source-map comment, which the minified code keeps as its last line. */
const MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;

let before = 0;
let after = 0;
for (const file of modules('dist')) {
  const code = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(code, { fileName: file });
  if (!result) continue; // no templates
  before += code.length;
  after += result.code.length;
  const mapFile = `${file}.map`;
  // The minifier's map (minified → tsc output) on top of tsc's (tsc output → src/*.ts).
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  const map = remapping([{ ...result.map, sources: [file], sourcesContent: [code] }, tscMap], () => null);
  map.file = tscMap.file;
  writeFileSync(file, result.code.replace(MAP_COMMENT, '') + (code.match(MAP_COMMENT)?.[0] ?? ''));
  writeFileSync(mapFile, JSON.stringify(map));
}
console.log(`templates minified in dist/: ${(before / 1000).toFixed(1)} → ${(after / 1000).toFixed(1)} kB in the files that have them`);
