#!/usr/bin/env node
// `npm run test:dev`: the element tests in Chromium with Lit's development build (LIT_DEV=1, see
// web-test-runner.config.js), failing on any warning Lit writes (its messages link lit.dev/msg/…):
// a change-in-update, a missing `accessor`, a deprecated API. `npm test` runs it after the suite.
import { spawn } from 'node:child_process';

const FILES = ['episode-card', 'character-chip', 'plot-thread', 'episode-data', 'spoiler-guard', 'scale', 'authoring-errors'].map(
  (name) => `tests/${name}.test.ts`,
);
const run = spawn('npx', ['wtr', '--files', ...FILES], { env: { ...process.env, LIT_DEV: '1', BROWSERS: 'chromium' }, stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
run.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
run.on('close', (code) => {
  const warnings = [...new Set(output.match(/^.*lit\.dev\/msg\/.*$/gm) ?? [])];
  if (warnings.length) console.error(`\nLit dev-mode warnings (${warnings.length}):\n${warnings.join('\n')}`);
  process.exit(code || (warnings.length ? 1 : 0));
});
