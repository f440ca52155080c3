import type { Dataset } from './types.js';
import { KINDS, SINGULAR, type Kind } from './kinds.js';

/** One thing wrong with a dataset: where it came from, where in it, and what was expected. */
export interface DatasetIssue {
  source: string;
  /** JSON path such as `threads[2].beats[4]` (empty for the document itself). */
  path: string;
  message: string;
}

/** Thrown when a dataset does not match the format. `issues` lists every problem found. */
export class DatasetError extends Error {
  readonly issues: DatasetIssue[];
  constructor(issues: DatasetIssue[]) {
    const lines = issues.slice(0, MAX_LISTED).map(formatIssue);
    if (issues.length > MAX_LISTED) lines.push(`… and ${issues.length - MAX_LISTED} more problems`);
    super(lines.join('\n'));
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

const MAX_LISTED = 50;

export const formatIssue = ({ source, path, message }: DatasetIssue): string =>
  path ? `${source}: ${path}: ${message}` : `${source}: ${message}`;

// ---------------------------------------------------------------------------------------------
// Shape checks: a handful of combinators, one rule per field. They mirror data/schema.json.

type Report = (path: string, message: string) => void;
type Check = (value: unknown, path: string, report: Report) => boolean;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const expect =
  (what: string, ok: (value: unknown) => boolean): Check =>
  (value, path, report) => {
    if (ok(value)) return true;
    report(path, `expected ${what}, got ${describe(value)}`);
    return false;
  };

const text = expect('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');
const id = expect('an id (lowercase letters, digits and single hyphens)', (v) => typeof v === 'string' && ID.test(v));
const positiveInt = expect('a whole number of at least 1', (v) => Number.isInteger(v) && (v as number) >= 1);
const oneOf = (...values: string[]) =>
  expect(`one of ${values.map((v) => `"${v}"`).join(', ')}`, (v) => values.includes(v as string));
const literal = (wanted: unknown) => expect(JSON.stringify(wanted), (v) => v === wanted);

const list =
  (item: Check, { min = 0 } = {}): Check =>
  (value, path, report) => {
    if (!Array.isArray(value)) {
      report(path, `expected an array, got ${describe(value)}`);
      return false;
    }
    if (value.length < min) {
      report(path, `expected at least ${min} item${min === 1 ? '' : 's'}, got none`);
      return false;
    }
    // Check every item so that one call reports every bad item.
    return value.map((v, i) => item(v, `${path}[${i}]`, report)).every(Boolean);
  };

interface Fields {
  [name: string]: Check | { optional: Check };
}

const optional = (check: Check) => ({ optional: check });

const record =
  (fields: Fields): Check =>
  (value, path, report) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(path, `expected an object, got ${describe(value)}`);
      return false;
    }
    const at = (key: string) => (path ? `${path}.${key}` : key);
    let ok = true;
    for (const [key, rule] of Object.entries(fields)) {
      const present = Object.hasOwn(value, key);
      if (typeof rule !== 'function') {
        if (present) ok = rule.optional((value as Record<string, unknown>)[key], at(key), report) && ok;
      } else if (!present) {
        report(path, `missing required property "${key}"`);
        ok = false;
      } else {
        ok = rule((value as Record<string, unknown>)[key], at(key), report) && ok;
      }
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) {
        report(at(key), `unexpected property (allowed: ${Object.keys(fields).join(', ')})`);
        ok = false;
      }
    }
    // An inference always carries its reason, and a reason belongs only to an inference.
    const { inferred, reason } = value as { inferred?: unknown; reason?: unknown };
    if ('inferred' in fields && (inferred === true) !== (reason !== undefined)) {
      report(path, inferred === true ? 'inferred is true, so a "reason" is required' : '"reason" is given, so "inferred" must be true');
      ok = false;
    }
    return ok;
  };

const inference = { inferred: optional(literal(true)), reason: optional(text) };

const shapes = {
  series: record({ id, title: text, url: optional(text) }),
  episode: record({
    id,
    series: id,
    season: positiveInt,
    number: positiveInt,
    title: text,
    finale: optional(oneOf('season', 'series')),
    setting: optional(text),
    logline: text,
    url: optional(text),
  }),
  character: record({
    id,
    name: text,
    unnamed: optional(literal(true)),
    role: optional(text),
    aliases: optional(list(record({ name: text, ...inference }))),
    groups: optional(list(record({ group: id, status: optional(oneOf('member', 'former')), ...inference }))),
    description: text,
  }),
  group: record({ id, name: text, kind: text, description: text, ...inference }),
  thread: record({
    id,
    title: text,
    premise: text,
    characters: list(id, { min: 1 }),
    groups: optional(list(id)),
    beats: list(id, { min: 1 }),
    outcome: text,
    status: oneOf('resolved', 'ongoing', 'cliffhanger'),
    ...inference,
  }),
  beat: record({
    id,
    episode: id,
    summary: text,
    characters: list(id),
    inferredCharacters: optional(list(record({ character: id, reason: text }))),
    groups: optional(list(id)),
    threads: list(id, { min: 1 }),
    quote: optional(record({ text, medium: text })),
  }),
  relationship: record({
    characters: list(id, { min: 2 }),
    kind: oneOf('romance', 'former-romance', 'attraction', 'friendship', 'family', 'work', 'rivalry', 'support'),
    summary: text,
    asOf: id,
    ...inference,
  }),
};

const datasetShape = record({
  $schema: optional(text),
  formatVersion: literal(1),
  series: list(shapes.series, { min: 1 }),
  episodes: list(shapes.episode),
  characters: list(shapes.character),
  groups: list(shapes.group),
  threads: list(shapes.thread),
  beats: list(shapes.beat),
  relationships: list(shapes.relationship),
});

// ---------------------------------------------------------------------------------------------
// Reference checks, run once the shapes are right.

function checkReferences(data: Dataset, report: Report, takenSeries: ReadonlyMap<string, string>): void {
  const index = {} as Record<Kind, Map<string, number>>;
  for (const kind of KINDS) {
    const seen = new Map<string, number>();
    data[kind].forEach(({ id }, i) => {
      const first = seen.get(id);
      if (first !== undefined) {
        report(`${kind}[${i}].id`, `duplicate ${SINGULAR[kind]} id "${id}" (first used at ${kind}[${first}])`);
        return;
      }
      // Only series ids are page-wide (a `series` attribute must name one dataset); every other
      // id is looked up within its dataset, so another series may use it too.
      const elsewhere = kind === 'series' && takenSeries.get(id);
      if (elsewhere) report(`series[${i}].id`, `series id "${id}" is already registered by ${elsewhere}`);
      seen.set(id, i);
    });
    index[kind] = seen;
  }

  const ref = (kind: Kind, value: string, path: string) => {
    if (!index[kind].has(value)) report(path, `unknown ${SINGULAR[kind]} "${value}"`);
  };
  const refs = (kind: Kind, values: string[] | undefined, path: string) => {
    const seen = new Set<string>();
    values?.forEach((value, i) => {
      if (seen.has(value)) report(`${path}[${i}]`, `"${value}" is listed twice`);
      seen.add(value);
      ref(kind, value, `${path}[${i}]`);
    });
  };

  data.episodes.forEach((e, i) => ref('series', e.series, `episodes[${i}].series`));
  data.characters.forEach((c, i) =>
    c.groups?.forEach((m, j) => ref('groups', m.group, `characters[${i}].groups[${j}].group`)),
  );

  data.threads.forEach((t, i) => {
    refs('characters', t.characters, `threads[${i}].characters`);
    refs('groups', t.groups, `threads[${i}].groups`);
    refs('beats', t.beats, `threads[${i}].beats`);
    let previous = -1;
    t.beats.forEach((beatId, j) => {
      const at = index.beats.get(beatId);
      if (at === undefined) return;
      if (!data.beats[at].threads.includes(t.id))
        report(`threads[${i}].beats[${j}]`, `beat "${beatId}" does not list thread "${t.id}" in its threads`);
      if (at < previous) report(`threads[${i}].beats[${j}]`, `beat "${beatId}" is out of order (beats must follow the order of "beats")`);
      previous = Math.max(previous, at);
    });
  });

  data.beats.forEach((b, i) => {
    ref('episodes', b.episode, `beats[${i}].episode`);
    refs('characters', b.characters, `beats[${i}].characters`);
    b.inferredCharacters?.forEach((a, j) => ref('characters', a.character, `beats[${i}].inferredCharacters[${j}].character`));
    refs('groups', b.groups, `beats[${i}].groups`);
    refs('threads', b.threads, `beats[${i}].threads`);
    b.threads.forEach((threadId, j) => {
      const at = index.threads.get(threadId);
      if (at !== undefined && !data.threads[at].beats.includes(b.id))
        report(`beats[${i}].threads[${j}]`, `thread "${threadId}" does not list beat "${b.id}" in its beats`);
    });
  });

  data.relationships.forEach((r, i) => {
    const path = `relationships[${i}]`;
    if (r.characters.length !== 2) report(`${path}.characters`, `expected exactly 2 character ids, got ${r.characters.length}`);
    else if (r.characters[0] === r.characters[1]) report(`${path}.characters`, `a relationship needs two different characters, got "${r.characters[0]}" twice`);
    r.characters.forEach((c, j) => ref('characters', c, `${path}.characters[${j}]`));
    ref('episodes', r.asOf, `${path}.asOf`);
  });
}

/**
 * Checks that `data` is a well-formed dataset: right types, no unknown or duplicate ids, no
 * dangling references (every reference points into the same dataset). Returns it typed, or throws
 * a DatasetError whose message lists every problem as `source: json.path: what was expected`.
 *
 * @param source names the dataset in messages (a file name or URL).
 * @param takenSeries series ids already registered on the page, with the source of each: the
 *   dataset must not reuse them.
 */
export function validateDataset(data: unknown, source = 'dataset', takenSeries: ReadonlyMap<string, string> = new Map()): Dataset {
  const issues: DatasetIssue[] = [];
  const report: Report = (path, message) => issues.push({ source, path, message });
  if (datasetShape(data, '', report)) checkReferences(data as Dataset, report, takenSeries);
  if (issues.length) throw new DatasetError(issues);
  return data as Dataset;
}
