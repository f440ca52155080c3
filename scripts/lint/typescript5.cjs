// The project compiles with TypeScript 7, which has no JavaScript API: `require('typescript')` gives
// tools nothing to call (typescript-eslint's parser and lit-analyzer crash on it). The lint tools get
// TypeScript 5.9's API instead, without touching the compiler: package.json's `overrides` nests
// typescript@5.9 under web-component-analyzer (lit-analyzer's own analyzer, a regular dependency, so
// npm installs it there and links no second `tsc` into node_modules/.bin), and this hook sends every
// `require('typescript')` of the process that loads it to that copy. Loaded first by eslint.config.js
// and with `node --require` for lit-analyzer; `npx tsc --version` stays 7.
'use strict';
const Module = require('node:module');
const path = require('node:path');

// package-lock.json puts it here (npm ci follows the lock); a failed check names the fix.
const ts5 = path.join(__dirname, '../../node_modules/web-component-analyzer/node_modules/typescript');
let version;
try {
  ({ version } = require(path.join(ts5, 'package.json')));
} catch {
  version = 'nothing';
}
if (!/^5\./.test(version)) {
  throw new Error(`scripts/lint/typescript5.cjs: expected TypeScript 5.x in ${ts5}, found ${version} (see package.json "overrides"; run npm ci)`);
}

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) request = ts5 + request.slice('typescript'.length);
  return resolve.call(this, request, ...rest);
};
