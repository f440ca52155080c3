#!/usr/bin/env node
// Prints the version of the Chromium the tests use (CHROME_PATH or Debian's), e.g. 156.0.8078.108:
// the visual baselines record it (tests/visual/baseline/chromium-version.txt).
import { execFileSync } from 'node:child_process';
import { CHROME } from './chromium.js';

const output = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const version = /(\d+\.\d+\.\d+\.\d+)/.exec(output)?.[1];
if (!version) throw new Error(`${CHROME} --version said "${output.trim()}": no version in it`);
console.log(version);
