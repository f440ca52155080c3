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
import { EncodingError, decodeJsonText } from './data/decode-json-text.js';
import { DatasetError, shown, validateDataset } from './data/validate.js';

const USAGE = `Usage: episode-elements validate <file.json> [more.json …]

Checks episode-elements datasets (the format in data/schema.json) and lists every problem as
  file: json.path: what was expected
Exit codes: 0 valid, 1 invalid, 2 usage or unreadable file.`;

/** Whether two JSON values hold the same data, whatever the order of their keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** "line 3, column 14" for a character offset in `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** JSON.parse's own message, with line and column where it gives a position. */
function jsonProblem(text: string, error: Error): string {
  const position = /at position (\d+)(?: \(line \d+ column \d+\))?/.exec(error.message);
  return position ? error.message.replace(position[0], `at ${lineAndColumn(text, Number(position[1]))}`) : error.message;
}

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

  const BUNDLED = 'the bundled backstage.json';
  const bundled = JSON.parse(readFileSync(fileURLToPath(new URL('../data/backstage.json', import.meta.url)), 'utf8'));
  const takenSeries = new Map<string, string>();
  const take = (data: { series: { id: string }[] }, source: string) => data.series.forEach(({ id }) => takenSeries.set(id, source));
  take(bundled, BUNDLED);

  let invalid = false;
  // A file that cannot be read is reported and the next one checked: exit 2 at the end.
  let unreadable = false;
  const cannotRead = (file: string, why: string) => {
    err(`${file}: cannot read it (${why})`);
    unreadable = true;
  };
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      cannotRead(file, (error as NodeJS.ErrnoException).code ?? shown((error as Error).message, Infinity));
      continue;
    }
    let text: string;
    let data: unknown;
    try {
      text = decodeJsonText(bytes); // as <episode-data> reads a file
    } catch (error) {
      if (error instanceof EncodingError) {
        err(`${file}: ${error.message}`);
        invalid = true;
      } else {
        // Not the file's fault: longer than V8's longest string (2^29 - 24 characters), say.
        const { code, message } = error as NodeJS.ErrnoException;
        cannotRead(file, code === 'ERR_STRING_TOO_LONG' || error instanceof RangeError ? 'too large to read as one string' : message);
      }
      continue;
    }
    try {
      data = JSON.parse(text);
    } catch (error) {
      // The parser quotes the file: a NUL or an escape sequence is spelt out, not printed.
      err(`${file}: not JSON: ${shown(jsonProblem(text, error as Error), Infinity)}`);
      invalid = true;
      continue;
    }
    // The bundled data itself, wherever the file lies (a copy, the installed package's): valid, as
    // its series id is only taken by that same data. Other data under its series id is not.
    const isBundled = sameData(data, bundled);
    try {
      const dataset = validateDataset(data, file, isBundled ? new Map([...takenSeries].filter(([, source]) => source !== BUNDLED)) : takenSeries);
      if (!isBundled) take(dataset, file);
      const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
      out(
        `${file}: valid (${count(dataset.series.length, 'series', 'series')}, ${count(dataset.episodes.length, 'episode')}, ` +
          `${count(dataset.characters.length, 'character')}, ${count(dataset.threads.length, 'thread')}, ${count(dataset.beats.length, 'beat')})` +
          (isBundled ? `, the same data as ${BUNDLED} (pages with the bundle have it already)` : ''),
      );
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      // The validator's own message: one problem a line, the same words a page logs.
      err(error.message);
      const { length } = error.issues;
      err(`${file}: ${length} ${length === 1 ? 'problem' : 'problems'}`);
      invalid = true;
    }
  }
  return unreadable ? 2 : invalid ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
