/**
 * "Did you mean": the records nearest to an id that found nothing, for the messages page authors
 * read and for tools (`catalog.suggest`). Ids stay case-sensitive; this only points at near misses:
 * another case or a typo in an id (`S1E30`, `scarlett-voice`), or a name or title written where
 * the id goes (`Scarlett's voice`, `Kit Kingsley`). Pure functions, no catalog.
 */

/** A record that may be meant: its id and the names it goes by (name or title, aliases). */
export interface Candidate {
  id: string;
  names: readonly string[];
}

/** A "did you mean" answer: an id, its record's name or title, and the series to name for it in a `series` attribute. */
export interface Suggestion {
  id: string;
  name: string;
  series: string;
}

/** Words that tell no storyline from another. */
const FILLER = new Set(['the', 'a', 'an', 'and', 'of']);

/**
 * The words of `text` as they are compared: lower case, without accents, apostrophes and filler
 * words, split at anything else that is not a letter or digit. "Scarlett's voice" and
 * "scarletts-voice" are both `['scarletts', 'voice']`.
 */
export const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}'’]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !FILLER.has(word));

/**
 * The edits that turn `a` into `b`, each inserting, deleting or replacing a character or swapping
 * two neighbours (optimal string alignment distance). O(|a|·|b|) time, two rows of memory.
 */
export function distance(a: string, b: string): number {
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) next[j] = Math.min(next[j], before[j - 2] + 1);
    }
    [before, row] = [row, next];
  }
  return row[b.length];
}

/** Two words that may be one: the same, or one starts with the other's three letters or more ("kit", "kits"). */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) > 2 && (a.startsWith(b) || b.startsWith(a)));

/**
 * How far apart two word lists are, lower is nearer, Infinity when not near: the edit distance of
 * the whole when it is at most a quarter of the input's letters (at least one), else, when every
 * word of the shorter list is in the longer, 1 plus the number of words the longer adds
 * ("kit kingsley" for "Kit": 2).
 */
function closeness(input: string[], name: string[]): number {
  if (!input.length || !name.length) return Infinity;
  const [a, b] = [input.join(' '), name.join(' ')];
  const limit = Math.max(1, a.length >> 2);
  const edits = Math.abs(a.length - b.length) <= limit ? distance(a, b) : Infinity;
  if (edits <= limit) return edits;
  const [few, many] = input.length <= name.length ? [input, name] : [name, input];
  return few.every((word) => many.some((other) => sameWord(word, other))) ? 1 + many.length - few.length : Infinity;
}

/**
 * The candidates nearest to `input`, nearest first (ties in the candidates' order), at most
 * `limit`; none whose id is `input` itself. Each is compared by its id and each of its names.
 */
export function nearest<T extends Candidate>(input: string, candidates: readonly T[], limit = 3): T[] {
  const typed = words(input);
  return candidates
    .map((candidate) => ({ candidate, score: Math.min(...[candidate.id, ...candidate.names].map((name) => closeness(typed, words(name)))) }))
    .filter(({ candidate, score }) => score < Infinity && candidate.id !== input)
    .sort((x, y) => x.score - y.score)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
