#!/usr/bin/env node
// Checks what `npm pack` would publish: only dist/, data/, the manifest, README, LICENSE (and
// package.json), and every file package.json points at is in it. Run by `npm test` after a build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(report.files.map((f) => f.path));
const problems = [];

const allowed = /^(dist\/.+|data\/[^/]+\.json|custom-elements\.json|README\.md|LICENSE|package\.json)$/;
for (const file of files) if (!allowed.test(file)) problems.push(`packed but not needed: ${file}`);

const targets = [pkg.main, pkg.types, pkg.customElements, ...Object.values(pkg.bin ?? {})];
(function collect(value) {
  if (typeof value === 'string') targets.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
})(pkg.exports);
for (const target of targets) {
  const path = target.replace(/^\.\//, '');
  if (path.includes('*')) {
    const prefix = path.slice(0, path.indexOf('*'));
    if (![...files].some((f) => f.startsWith(prefix))) problems.push(`exports pattern matches nothing: ${target}`);
  } else if (!files.has(path)) problems.push(`package.json points at a file that is not packed: ${target}`);
}
// src/ patterns serve local bundling (Storybook) and match nothing in the published package.
for (const pattern of pkg.sideEffects.filter((p) => !p.startsWith('./src/'))) {
  const re = new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/\./g, '\\.')
      .replace(/\*\*\//g, '(.+/)?')
      .replace(/\*/g, '[^/]+')}$`,
  );
  if (![...files].some((f) => re.test(f))) problems.push(`sideEffects pattern matches nothing: ${pattern}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`package ok: ${files.size} files, ${(report.size / 1000).toFixed(1)} kB packed, ${(report.unpackedSize / 1000).toFixed(1)} kB unpacked`);
