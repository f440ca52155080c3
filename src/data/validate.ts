import type { Dataset } from './types.js';
import { KINDS, SINGULAR, type Kind } from './kinds.js';
import { isHttpOrRelative } from '../shared/safe-url.js';

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
/**
 * Where a check is: the keys from the document down, kept on one stack and spelled out as a JSON
 * path only for a problem, rather than a new path string for every value checked.
 */
type Where = (string | number)[];
type Check = (value: unknown, where: Where, report: Report) => boolean;

const spell = (where: Where): string => where.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Characters that show as nothing: Unicode White_Space, format characters (Cf: zero-width space
// and joiners, word joiner, BOM) and the other default-ignorable ones (DI: variation selectors,
// Hangul fillers). Text must have something else; messages spell them out as \u{200b}.
const INVISIBLE = '\\p{White_Space}\\p{Cf}\\p{DI}';
const VISIBLE = new RegExp(`[^${INVISIBLE}]`, 'u');
const UNSEEN = new RegExp(`(?! )[${INVISIBLE}]`, 'gu');

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `"${shown.replace(UNSEEN, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)}"`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const expect =
  (what: string, ok: (value: unknown) => boolean): Check =>
  (value, where, report) => {
    if (ok(value)) return true;
    report(spell(where), `expected ${what}, got ${describe(value)}`);
    return false;
  };

const isText = (v: unknown): v is string => typeof v === 'string' && VISIBLE.test(v);
const text = expect('text with a visible character', isText);
// Only the links the elements would render (the same test as theirs): anything else is dropped.
const url = expect('an http(s) or relative URL (no other link is ever rendered)', (v) => isText(v) && isHttpOrRelative(v));
const id = expect('an id (lowercase letters, digits and single hyphens)', (v) => typeof v === 'string' && ID.test(v));
const positiveInt = expect('a whole number of at least 1', (v) => Number.isInteger(v) && (v as number) >= 1);
const oneOf = (...values: string[]) =>
  expect(`one of ${values.map((v) => `"${v}"`).join(', ')}`, (v) => values.includes(v as string));
const literal = (wanted: unknown) => expect(JSON.stringify(wanted), (v) => v === wanted);

/** Checks `value` under `key` of where we are. */
const within = (check: Check, value: unknown, key: string | number, where: Where, report: Report): boolean => {
  where.push(key);
  const ok = check(value, where, report);
  where.pop();
  return ok;
};

const list =
  (item: Check, { min = 0 } = {}): Check =>
  (value, where, report) => {
    if (!Array.isArray(value)) {
      report(spell(where), `expected an array, got ${describe(value)}`);
      return false;
    }
    if (value.length < min) {
      report(spell(where), `expected at least ${min} item${min === 1 ? '' : 's'}, got none`);
      return false;
    }
    // Check every item so that one call reports every bad item.
    let ok = true;
    value.forEach((v, i) => (ok = within(item, v, i, where, report) && ok));
    return ok;
  };

interface Fields {
  [name: string]: Check | { optional: Check };
}

const optional = (check: Check) => ({ optional: check });

const record = (fields: Fields): Check => {
  const rules = Object.entries(fields);
  return (value, where, report) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(spell(where), `expected an object, got ${describe(value)}`);
      return false;
    }
    const fieldValues = value as Record<string, unknown>;
    let ok = true;
    for (const [key, rule] of rules) {
      const present = Object.hasOwn(value, key);
      if (typeof rule !== 'function') {
        if (present) ok = within(rule.optional, fieldValues[key], key, where, report) && ok;
      } else if (!present) {
        report(spell(where), `missing required property "${key}"`);
        ok = false;
      } else {
        ok = within(rule, fieldValues[key], key, where, report) && ok;
      }
    }
    for (const key in value) {
      if (Object.hasOwn(value, key) && !Object.hasOwn(fields, key)) {
        report(spell([...where, key]), `unexpected property (allowed: ${Object.keys(fields).join(', ')})`);
        ok = false;
      }
    }
    // An inference always carries its reason, and a reason belongs only to an inference.
    const { inferred, reason } = value as { inferred?: unknown; reason?: unknown };
    if ('inferred' in fields && (inferred === true) !== (reason !== undefined)) {
      report(spell(where), inferred === true ? 'inferred is true, so a "reason" is required' : '"reason" is given, so "inferred" must be true');
      ok = false;
    }
    return ok;
  };
};

const inference = { inferred: optional(literal(true)), reason: optional(text) };

const shapes = {
  series: record({ id, title: text, url: optional(url) }),
  episode: record({
    id,
    series: id,
    season: positiveInt,
    number: positiveInt,
    title: text,
    finale: optional(oneOf('season', 'series')),
    setting: optional(text),
    logline: text,
    url: optional(url),
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
// Reference checks. They run beside the shape checks, on every part whose own shape is right, so
// that one run lists every problem of a file. A part of the wrong shape (reported above) is
// skipped, and so are references to a kind with a record that has no usable id: they might mean it.

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
/** Calls `check` for each object in `list` (nothing when it is not a list). */
const eachRecord = (list: unknown, check: (record: Loose, i: number) => void) =>
  Array.isArray(list) && list.forEach((record, i) => isRecord(record) && check(record, i));

function checkReferences(data: Loose, report: Report, takenSeries: ReadonlyMap<string, string>): void {
  const index = {} as Record<Kind, Map<string, number>>;
  const unsure = new Set<Kind>();
  for (const kind of KINDS) {
    const seen = new Map<string, number>();
    const list = data[kind];
    if (!Array.isArray(list)) unsure.add(kind);
    else list.forEach((record, i) => {
      const id = isRecord(record) && record.id;
      if (!isId(id)) return void unsure.add(kind);
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

  // Paths are spelled out only for a problem: `at(".episode")` gives `beats[3].episode`.
  type At = (suffix: string) => string;
  const item = (list: string, i: number): At => (suffix) => `${list}[${i}]${suffix}`;
  const ref = (kind: Kind, value: unknown, at: At, suffix: string, j?: number) => {
    if (typeof value === 'string' && !index[kind].has(value) && !unsure.has(kind) && ID.test(value))
      report(at(j === undefined ? suffix : `${suffix}[${j}]`), `unknown ${SINGULAR[kind]} "${value}"`);
  };
  const refs = (kind: Kind, values: unknown, at: At, suffix: string) => {
    if (!Array.isArray(values)) return;
    // Most lists hold one id: a set to find repeats only where there can be one.
    const seen = values.length > 1 ? new Set<unknown>() : undefined;
    values.forEach((value, j) => {
      if (isId(value) && seen?.has(value)) report(at(`${suffix}[${j}]`), `"${value}" is listed twice`);
      seen?.add(value);
      ref(kind, value, at, suffix, j);
    });
  };

  eachRecord(data.episodes, (e, i) => ref('series', e.series, item('episodes', i), '.series'));
  eachRecord(data.characters, (c, i) => eachRecord(c.groups, (m, j) => ref('groups', m.group, item('characters', i), `.groups[${j}].group`)));

  // Storylines and beats must list each other. Hash sets of 100,000 beats would be slow to fill
  // and to probe, so: which beats list each storyline, as [beat index, position] pairs; then, for
  // each storyline in turn, its number stamped into two arrays indexed by beat, for the beats that
  // list it and for the beats it lists. Every check is then an array lookup: the time grows with
  // the size of the data, not with its square (one storyline may list 100,000 beats).
  const beats = Array.isArray(data.beats) ? (data.beats as unknown[]) : [];
  const listing = new Map<string, number[]>();
  eachRecord(beats, (b, i) => {
    if (isId(b.id) && Array.isArray(b.threads))
      b.threads.forEach((threadId, j) => (listing.get(threadId) ?? listing.set(threadId, []).get(threadId)!).push(i, j));
  });
  const listsIt = new Uint32Array(beats.length);
  const listedBy = new Uint32Array(beats.length);

  eachRecord(data.threads, (t, i) => {
    const at = item('threads', i);
    const stamp = i + 1;
    refs('characters', t.characters, at, '.characters');
    refs('groups', t.groups, at, '.groups');
    if (!Array.isArray(t.beats)) return;
    const back = (isId(t.id) && listing.get(t.id)) || [];
    for (let k = 0; k < back.length; k += 2) listsIt[back[k]] = stamp;
    let previous = -1;
    t.beats.forEach((beatId: unknown, j) => {
      const problem = (message: string) => report(at(`.beats[${j}]`), message);
      const found = typeof beatId === 'string' ? index.beats.get(beatId) : undefined;
      if (found === undefined) return ref('beats', beatId, at, '.beats', j);
      if (listedBy[found] === stamp) return problem(`"${beatId}" is listed twice`);
      listedBy[found] = stamp;
      if (isId(t.id) && Array.isArray((beats[found] as Loose).threads) && listsIt[found] !== stamp)
        problem(`beat "${beatId}" does not list thread "${t.id}" in its threads`);
      if (found < previous) problem(`beat "${beatId}" is out of order (beats must follow the order of "beats")`);
      previous = Math.max(previous, found);
    });
    // A duplicate storyline id is reported already: beats answer to the first.
    if (index.threads.get(t.id as string) !== i) return;
    for (let k = 0; k < back.length; k += 2) {
      if (listedBy[back[k]] !== stamp)
        report(`beats[${back[k]}].threads[${back[k + 1]}]`, `thread "${t.id}" does not list beat "${(beats[back[k]] as Loose).id}" in its beats`);
    }
  });

  eachRecord(beats, (b, i) => {
    const at = item('beats', i);
    ref('episodes', b.episode, at, '.episode');
    refs('characters', b.characters, at, '.characters');
    eachRecord(b.inferredCharacters, (a, j) => ref('characters', a.character, at, `.inferredCharacters[${j}].character`));
    refs('groups', b.groups, at, '.groups');
    refs('threads', b.threads, at, '.threads');
  });

  // The same two people (either way round), kind and episode: a panel would list the person twice.
  const pairs = new Map<string, number>();
  eachRecord(data.relationships, (r, i) => {
    const at = item('relationships', i);
    const { characters, kind, asOf } = r;
    if (Array.isArray(characters)) {
      if (characters.length > 2) report(at('.characters'), `expected exactly 2 character ids, got ${characters.length}`);
      else if (isId(characters[0]) && characters[0] === characters[1])
        report(at('.characters'), `a relationship needs two different characters, got "${characters[0]}" twice`);
      else if (characters.every(isId) && typeof kind === 'string' && isId(asOf)) {
        const key = `${[...characters].sort().join(' ')} ${asOf} ${kind}`;
        const first = pairs.get(key);
        if (first === undefined) pairs.set(key, i);
        else report(at(''), `duplicate of relationships[${first}] (same two characters and kind "${kind}", as of "${asOf}")`);
      }
      characters.forEach((c, j) => ref('characters', c, at, '.characters', j));
    }
    ref('episodes', asOf, at, '.asOf');
  });
}

/**
 * Checks that `data` is a well-formed dataset: right types, no unknown or duplicate ids, no
 * dangling references (every reference points into the same dataset). Returns it typed, or throws
 * a DatasetError whose message lists every problem as `source: json.path: what was expected`:
 * the broken references too, beside any shape problem, wherever the records around them allow.
 *
 * @param source names the dataset in messages (a file name or URL).
 * @param takenSeries series ids already registered on the page, with the source of each: the
 *   dataset must not reuse them.
 */
export function validateDataset(data: unknown, source = 'dataset', takenSeries: ReadonlyMap<string, string> = new Map()): Dataset {
  const issues: DatasetIssue[] = [];
  const report: Report = (path, message) => issues.push({ source, path, message });
  datasetShape(data, [], report);
  if (isRecord(data)) checkReferences(data, report, takenSeries);
  if (issues.length) throw new DatasetError(issues);
  return data as Dataset;
}
