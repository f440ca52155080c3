/**
 * One dataset file checked the way `npx episode-elements validate` checks it, with its words: the
 * CLI (Node) and the embed builder (a browser page, through dist/cdn/episode-elements.validate.js)
 * both call `checkDatasetFile`, so a blogger sees the same lines in either.
 */
import type { Dataset } from './types.js';
import { EncodingError, decodeJsonText } from './decode-json-text.js';
import { DatasetError, shown, validateDataset } from './validate.js';

/** How the CLI names the bundled dataset in its messages. */
export const BUNDLED_SOURCE = 'the bundled backstage.json';

/**
 * What `checkDatasetFile` found. `valid`: the lines go to standard output (one summary line), else
 * to standard error. `unreadable`: not the file's fault (too large for one string), exit code 2.
 * `dataset` is the validated data of a valid file.
 */
export interface FileCheck {
  valid: boolean;
  unreadable?: boolean;
  lines: string[];
  dataset?: Dataset;
}

/** Whether two JSON values hold the same data, whatever the order of their keys. */
export function sameData(a: unknown, b: unknown): boolean {
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

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Checks one file's bytes: UTF-8 (decodeJsonText), JSON, then the dataset format, with
 * `takenSeries` (series id → the source that registered it) as the series ids already in use on
 * the page. A valid file's series are added to `takenSeries`, so files checked one after another
 * are checked together. `bundled`: the bundled dataset, when known: a file holding that same data
 * is valid, since its series id is only taken by that same data (the CLI passes it; the builder,
 * whose page has it registered already, does not). Never throws for a problem of the file.
 */
export function checkDatasetFile(bytes: Uint8Array, file: string, takenSeries: Map<string, string>, bundled?: unknown): FileCheck {
  let text: string;
  try {
    text = decodeJsonText(bytes); // as <episode-data> reads a file
  } catch (error) {
    if (error instanceof EncodingError) return { valid: false, lines: [`${file}: ${error.message}`] };
    // Not the file's fault: longer than V8's longest string (2^29 - 24 characters), say.
    const { code, message } = error as Error & { code?: string };
    const why = code === 'ERR_STRING_TOO_LONG' || error instanceof RangeError ? 'too large to read as one string' : message;
    return { valid: false, unreadable: true, lines: [`${file}: cannot read it (${why})`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The parser quotes the file: a NUL or an escape sequence is spelt out, not printed.
    return { valid: false, lines: [`${file}: not JSON: ${shown(jsonProblem(text, error as Error), Infinity)}`] };
  }
  // The bundled data itself, wherever the file lies (a copy, the installed package's): valid, as
  // its series id is only taken by that same data. Other data under its series id is not.
  const isBundled = bundled !== undefined && sameData(data, bundled);
  try {
    const taken = isBundled ? new Map([...takenSeries].filter(([, source]) => source !== BUNDLED_SOURCE)) : takenSeries;
    const dataset = validateDataset(data, file, taken);
    if (!isBundled) for (const { id } of dataset.series) takenSeries.set(id, file);
    const line =
      `${file}: valid (${count(dataset.series.length, 'series', 'series')}, ${count(dataset.episodes.length, 'episode')}, ` +
      `${count(dataset.characters.length, 'character')}, ${count(dataset.threads.length, 'thread')}, ${count(dataset.beats.length, 'beat')})` +
      (isBundled ? `, the same data as ${BUNDLED_SOURCE} (pages with the bundle have it already)` : '');
    return { valid: true, lines: [line], dataset };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    // The validator's own message: one problem a line, the same words a page logs.
    const { length } = error.issues;
    return { valid: false, lines: [...error.message.split('\n'), `${file}: ${count(length, 'problem')}`] };
  }
}
