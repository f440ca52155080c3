#!/usr/bin/env node
// Writes custom-elements.json from the elements' JSDoc (@custom-elements-manifest/analyzer), with
// module paths pointing at the published dist/*.js files rather than the unpublished src/*.ts,
// and without #private members.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

execFileSync(
  'npx',
  [
    'cem',
    'analyze',
    '--litelement',
    '--globs',
    'src/**/*.ts',
    '--exclude',
    'src/**/*.styles.ts',
    '--exclude',
    'src/cli.ts',
    '--exclude',
    'src/ssr.ts',
    '--outdir',
    '.',
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'), function (key, value) {
  return (key === 'path' || key === 'module') && typeof value === 'string' ? toDist(value) : value;
});
// #private fields and methods are implementation, not API: keep them out of docs and controls.
for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
  if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('#') && m.privacy !== 'private');
}
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map((d) => `<${d.tagName}>`);
console.log(`custom-elements.json: ${tags.join(', ')}`);
