#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx episode-elements validate <file.json>…`: checks datasets with the validator the elements
 * use when a dataset is registered in a page, and prints the same messages. Files are checked
 * together, as if registered on one page beside the bundled Backstage data, so a series id used
 * twice across them is reported too (other ids are resolved within their series and may repeat);
 * a file holding the bundled data itself, wherever it lies, is valid. Files are read as
 * `<episode-data>` reads them (decodeJsonText): UTF-8, with or without a byte-order mark; UTF-16 or
 * other bytes are reported as such. A file that cannot be read is reported, and the rest checked.
 *
 * Exit codes: 0 every file is valid; 1 a file is not valid (a data problem, not JSON, not UTF-8);
 * 2 the command was used wrongly or a file could not be read (a directory, missing, too large).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_SOURCE, checkDatasetFile } from './data/check-file.js';
import { shown } from './data/validate.js';

const USAGE = `Usage: episode-elements validate <file.json> [more.json …]

Checks episode-elements datasets (the format in data/schema.json) and lists every problem as
  file: json.path: what was expected
Exit codes: 0 valid, 1 invalid, 2 usage or unreadable file.`;

/** Runs the command; returns the exit code. `out` and `err` are for tests. */
export function main(args: string[], out = console.log, err = console.error): number {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command !== 'validate' || !files.length) {
    err(command && command !== 'validate' ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    return 2;
  }

  const bundled = JSON.parse(readFileSync(fileURLToPath(new URL('../data/backstage.json', import.meta.url)), 'utf8'));
  const takenSeries = new Map<string, string>(bundled.series.map(({ id }: { id: string }) => [id, BUNDLED_SOURCE]));

  let invalid = false;
  // A file that cannot be read is reported and the next one checked: exit 2 at the end.
  let unreadable = false;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      err(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? shown((error as Error).message, Infinity)})`);
      unreadable = true;
      continue;
    }
    // The same check, in the same words, as the embed builder's (src/data/check-file.ts).
    const check = checkDatasetFile(bytes, file, takenSeries, bundled);
    for (const line of check.lines) (check.valid ? out : err)(line);
    if (check.unreadable) unreadable = true;
    else if (!check.valid) invalid = true;
  }
  return unreadable ? 2 : invalid ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
