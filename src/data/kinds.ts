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
