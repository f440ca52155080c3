#!/usr/bin/env node
// Prints the CDN bundle's raw, gzip (-9) and brotli (max quality) sizes.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function bundleSizes(file = 'dist/cdn/episode-elements.js') {
  const code = readFileSync(file);
  return {
    file,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, raw, gzip, brotli } = bundleSizes();
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`${file}: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
}
