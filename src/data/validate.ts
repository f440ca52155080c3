import type { Dataset } from './types.js';
import { KINDS, SINGULAR, type Kind } from './kinds.js';
import { isHttpOrRelative } from './url.js';
import { FINALE_KINDS, MEMBERSHIP_STATUSES, RELATIONSHIP_KINDS, THREAD_STATUSES } from './vocabulary.js';

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

export const formatIssue = ({ source, path, message }: DatasetIssue): string => (path ? `${source}: ${path}: ${message}` : `${source}: ${message}`);

// ---------------------------------------------------------------------------------------------
// One pass over the document checks each value's shape and, where the shape is right, what it
// refers to, so a run lists every problem of a file in document order. References are looked up
// in an index of the ids built first: every check is a lookup, and the time grows with the size
// of the data, not with its square (one storyline may list 100,000 beats). The rules mirror
// data/schema.json, plus the cross-references a JSON Schema cannot express.

type Loose = Record<string, unknown>;
/**
 * Where a check is: the keys from the document down, kept on one stack and spelled out as a JSON
 * path only for a problem, rather than a new path string for every value checked.
 */
type Where = (string | number)[];
type Check = (value: unknown, where: Where) => boolean;

// The validation under way. It never waits, but a getter in the data may start another one
// (validateDataset() saves this state and restores it when done), so each run has its own:
let report: (path: string, message: string) => void;
/** The index of each id's first record, by kind. */
let ids: Record<Kind, Map<string, number>>;
/** Kinds with a record that has no usable id: an unknown id of theirs might mean it. */
let unsure: Set<Kind>;
let beatList: Loose[];
/** For each storyline id, the beats that list it, as [beat index, position] pairs. */
let listing: Map<unknown, number[]>;
/** By beat index, the storyline (1-based) it was last seen to list, and the last to list it. */
let listsIt: Uint32Array;
let listedBy: Uint32Array;
/** Relationships seen, by their two people, kind and episode. */
let pairs: Map<string, number>;

// A key may come from the data (an unexpected property): shown as a value is.
const spell = (where: Where): string => where.map((key, i) => (typeof key === 'number' ? `[${key}]` : (i ? '.' : '') + shown(key))).join('');
const fail = (where: Where, message: string) => {
  report(spell(where), message);
  return false;
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

// Characters that show as nothing: Unicode White_Space, format characters (Cf: zero-width space
// and joiners, word joiner, BOM) and the other default-ignorable ones (DI: variation selectors,
// Hangul fillers). Text must have something else; messages spell them out as \u{200b}, and
// control characters (Cc: NUL, BEL, ESC…) and lone surrogates (Cs) too.
const INVISIBLE = '\\p{White_Space}\\p{Cf}\\p{DI}';
const VISIBLE = new RegExp(`[^${INVISIBLE}]`, 'u');
const UNSEEN = new RegExp(`(?! )[${INVISIBLE}\\p{Cc}\\p{Cs}]`, 'gu');

/**
 * `text` fit for a message: its first `max` characters (never half of one), then "…", with the
 * characters that show as nothing or control something spelt out as \u{0}.
 */
export const shown = (text: string, max = 40): string =>
  (text.length > max ? `${text.slice(0, text.codePointAt(max - 1)! > 0xffff ? max + 1 : max)}…` : text).replace(
    UNSEEN,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );

/** How a message quotes any value from the data: `"text"` (see shown), `an array`, `number 7`… */
export const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${shown(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${shown(String(value))}`;
};

const expect =
  (what: string, ok: (value: unknown) => boolean): Check =>
  (value, where) =>
    ok(value) || fail(where, `expected ${what}, got ${describe(value)}`);

const isText = (v: unknown): v is string => typeof v === 'string' && VISIBLE.test(v);
const text = expect('text with a visible character', isText);
// Only the links the elements would render (the same test as theirs): anything else is dropped.
const url = expect('an http(s) or relative URL', (v) => isText(v) && isHttpOrRelative(v));
const id = expect('an id (lowercase letters, digits and single hyphens)', isId);
const positiveInt = expect('a whole number of at least 1', (v) => Number.isInteger(v) && (v as number) >= 1);
const oneOf = (values: readonly string[]) => expect(`one of ${values.map((v) => `"${v}"`).join(', ')}`, (v) => values.includes(v as string));
const literal = (wanted: unknown) => expect(JSON.stringify(wanted), (v) => v === wanted);
const array = expect('an array', Array.isArray);
const object = expect('an object', isRecord);

/** Checks `value` under `key` of where we are. */
const within = (check: Check, value: unknown, key: string | number, where: Where): boolean => {
  where.push(key);
  const ok = check(value, where);
  where.pop();
  return ok;
};

/** A list of at least `min` items; `unique`: no item twice. */
const list =
  (item: Check, min = 0, unique = false): Check =>
  (value, where) => {
    if (!array(value, where)) return false;
    if ((value as unknown[]).length < min) return fail(where, `expected at least ${min} item${min === 1 ? '' : 's'}, got none`);
    // Check every item so that one call reports every bad item.
    let ok = true;
    // Most lists of ids hold one: a set only where there can be a repeat.
    const seen = unique && (value as unknown[]).length > 1 && new Set();
    (value as unknown[]).forEach((v, i) => {
      ok = within(item, v, i, where) && ok;
      if (seen && seen.size === seen.add(v).size) ok = fail([...where, i], `${describe(v)} is listed twice`);
    });
    return ok;
  };

/** An id that must name a record of `kind` in the same dataset. */
const ref =
  (kind: Kind): Check =>
  (value, where) =>
    id(value, where) && (ids[kind].has(value as string) || unsure.has(kind) || fail(where, `unknown ${SINGULAR[kind]} ${describe(value)}`));

/** A list of ids of `kind`, each listed once. */
const refs = (kind: Kind, min?: number) => list(ref(kind), min, true);

interface Fields {
  [name: string]: Check | { optional: Check };
}

const optional = (check: Check) => ({ optional: check });

/** An object with these fields and no others; `also` checks what involves several fields. */
const record = (fields: Fields, also?: (value: Loose, where: Where) => boolean): Check => {
  const rules = Object.entries(fields);
  return (value, where) => {
    if (!object(value, where)) return false;
    const fieldValues = value as Loose;
    let ok = true;
    for (const [key, rule] of rules) {
      const present = Object.hasOwn(fieldValues, key);
      if (typeof rule !== 'function') {
        if (present) ok = within(rule.optional, fieldValues[key], key, where) && ok;
      } else if (!present) {
        ok = fail(where, `missing required property "${key}"`);
      } else {
        ok = within(rule, fieldValues[key], key, where) && ok;
      }
    }
    for (const key in fieldValues) {
      if (Object.hasOwn(fieldValues, key) && !Object.hasOwn(fields, key))
        ok = fail([...where, key], `unexpected property (allowed: ${Object.keys(fields).join(', ')})`);
    }
    // An inference always carries its reason, and a reason belongs only to an inference.
    const { inferred, reason } = fieldValues;
    if ('inferred' in fields && (inferred === true) !== (reason !== undefined))
      ok = fail(where, inferred === true ? 'inferred is true, so a "reason" is required' : '"reason" is given, so "inferred" must be true');
    return (!also || also(fieldValues, where)) && ok;
  };
};

/**
 * A storyline lists each beat once, in the story's order, and each lists the storyline back;
 * every beat that lists it is among them. The stamps make each of these an array lookup.
 */
function storyline({ id: threadId, beats }: Loose, where: Where): boolean {
  if (!Array.isArray(beats)) return true;
  const i = where[1] as number;
  const stamp = i + 1;
  // Only the first storyline of an id answers to the beats that list it (a duplicate id is
  // reported already): each beat's listing is stamped once, however many storylines reuse the id.
  const first = ids.threads.get(threadId as string) === i;
  const back = (first && listing.get(threadId)) || [];
  for (let k = 0; k < back.length; k += 2) listsIt[back[k]] = stamp;
  let ok = true;
  const problem = (j: number, message: string) => (ok = fail([...where, 'beats', j], message));
  let previous = -1;
  beats.forEach((beatId, j) => {
    const found = ids.beats.get(beatId);
    // An unknown or malformed id is reported already.
    if (found === undefined) return;
    if (listedBy[found] === stamp) {
      problem(j, `${describe(beatId)} is listed twice`);
    } else {
      listedBy[found] = stamp;
      if (first && listsIt[found] !== stamp && Array.isArray(beatList[found].threads))
        problem(j, `beat ${describe(beatId)} does not list thread ${describe(threadId)} in its threads`);
      if (found < previous) problem(j, `beat ${describe(beatId)} is out of order (beats must follow the order of "beats")`);
      previous = Math.max(previous, found);
    }
  });
  for (let k = 0; k < back.length; k += 2) {
    if (listedBy[back[k]] !== stamp)
      ok = fail(['beats', back[k], 'threads', back[k + 1]], `thread ${describe(threadId)} does not list beat ${describe(beatList[back[k]].id)} in its beats`);
  }
  return ok;
}

/** Two different people, and no other relationship of theirs (either way round) of the same kind at the same episode. */
function relationship({ characters, kind, asOf }: Loose, where: Where): boolean {
  if (!Array.isArray(characters) || characters.length < 2) return true;
  const path = [...where, 'characters'];
  if (characters.length > 2) return fail(path, `expected exactly 2 character ids, got ${characters.length}`);
  if (characters[0] === characters[1]) return fail(path, `a relationship needs two different characters, got ${describe(characters[0])} twice`);
  // Values of other types are reported by their own checks (and may be any object, even one that contains itself).
  if (![...characters, kind, asOf].every((v) => typeof v === 'string')) return true;
  // A panel would list the person twice.
  const key = JSON.stringify([[...characters].sort(), kind, asOf]);
  const first = pairs.get(key);
  if (first === undefined) pairs.set(key, where[1] as number);
  return first === undefined || fail(where, `duplicate of relationships[${first}] (same two characters and kind ${describe(kind)}, as of ${describe(asOf)})`);
}

const inference = { inferred: optional(literal(true)), reason: optional(text) };

const datasetShape = record({
  $schema: optional(text),
  formatVersion: literal(1),
  series: list(record({ id, title: text, url: optional(url) }), 1),
  episodes: list(
    record({
      id,
      series: ref('series'),
      season: positiveInt,
      number: positiveInt,
      title: text,
      finale: optional(oneOf(FINALE_KINDS)),
      setting: optional(text),
      logline: text,
      url: optional(url),
    }),
  ),
  characters: list(
    record({
      id,
      name: text,
      unnamed: optional(literal(true)),
      role: optional(text),
      aliases: optional(list(record({ name: text, ...inference }))),
      groups: optional(list(record({ group: ref('groups'), status: optional(oneOf(MEMBERSHIP_STATUSES)), ...inference }))),
      description: text,
    }),
  ),
  groups: list(record({ id, name: text, kind: text, description: text, ...inference })),
  threads: list(
    record(
      {
        id,
        title: text,
        premise: text,
        characters: refs('characters', 1),
        groups: optional(refs('groups')),
        beats: list(ref('beats'), 1), // each once: see storyline()
        outcome: text,
        status: oneOf(THREAD_STATUSES),
        ...inference,
      },
      storyline,
    ),
  ),
  beats: list(
    record({
      id,
      episode: ref('episodes'),
      summary: text,
      characters: refs('characters'),
      inferredCharacters: optional(list(record({ character: ref('characters'), reason: text }))),
      groups: optional(refs('groups')),
      threads: refs('threads', 1),
      quote: optional(record({ text, medium: text })),
    }),
  ),
  relationships: list(
    record(
      {
        characters: list(ref('characters'), 2),
        kind: oneOf(RELATIONSHIP_KINDS),
        summary: text,
        asOf: ref('episodes'),
        ...inference,
      },
      relationship,
    ),
  ),
});

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
  // The run that called us, if any (through a getter in its data): back as it was when we are done.
  // The outermost run restores nothing, so it lets go of the data it validated.
  const outer = [report, ids, unsure, beatList, listing, listsIt, listedBy, pairs] as const;
  try {
    report = (path, message) => issues.push({ source, path, message });
    ids = {} as typeof ids;
    unsure = new Set();
    beatList = [];
    listing = new Map();
    pairs = new Map();
    index((isRecord(data) ? data : {}) as Loose, takenSeries);
    listsIt = new Uint32Array(beatList.length);
    listedBy = new Uint32Array(beatList.length);
    datasetShape(data, []);
  } finally {
    [report, ids, unsure, beatList, listing, listsIt, listedBy, pairs] = outer;
  }
  if (issues.length) throw new DatasetError(issues);
  return data as Dataset;
}

/** Indexes each kind's ids (their first records) and which beats list each storyline; reports duplicate ids. */
function index(lists: Loose, takenSeries: ReadonlyMap<string, string>) {
  for (const kind of KINDS) {
    const seen = (ids[kind] = new Map());
    const records = lists[kind];
    if (!Array.isArray(records)) unsure.add(kind);
    else {
      if (kind === 'beats') beatList = records;
      records.forEach((record, i) => {
        const { id, threads } = isRecord(record) ? record : ({} as Loose);
        if (!isId(id)) return void unsure.add(kind);
        const first = seen.get(id);
        if (first !== undefined) return void report(`${kind}[${i}].id`, `duplicate ${SINGULAR[kind]} id ${describe(id)} (first used at ${kind}[${first}])`);
        seen.set(id, i);
        if (kind === 'beats' && Array.isArray(threads))
          threads.forEach((threadId, j) => (listing.get(threadId) ?? listing.set(threadId, []).get(threadId)!).push(i, j));
        // Only series ids are page-wide (a `series` attribute must name one dataset); every other
        // id is looked up within its dataset, so another series may use it too.
        const elsewhere = kind === 'series' && takenSeries.get(id);
        if (elsewhere) report(`series[${i}].id`, `series id ${describe(id)} is already registered by ${elsewhere}`);
      });
    }
  }
}
