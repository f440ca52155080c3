import type { Beat, Character, Episode, Group, Series, Thread } from './types.js';

/** The kinds of record a dataset indexes by id, and the record type behind each. */
export interface RecordsByKind {
  series: Series;
  episodes: Episode;
  characters: Character;
  groups: Group;
  threads: Thread;
  beats: Beat;
}
export type Kind = keyof RecordsByKind;

/** Each kind's name for one record, for messages: `unknown character "zed"`. */
export const SINGULAR: Readonly<Record<Kind, string>> = {
  series: 'series',
  episodes: 'episode',
  characters: 'character',
  groups: 'group',
  threads: 'thread',
  beats: 'beat',
};
export const KINDS = Object.keys(SINGULAR) as readonly Kind[];

/**
 * Throws an Error naming the kinds unless `kind` is one of them. Lookups keyed by a kind check it
 * first, so that a caller's "constructor" or "__proto__" never reaches an object's prototype.
 */
export function assertKind(kind: string): asserts kind is Kind {
  if (!Object.hasOwn(SINGULAR, kind)) throw new Error(`unknown kind "${kind}" (kinds: ${KINDS.join(', ')})`);
}
