import type { Beat, Character, Episode, Group, Relationship, Series, Thread } from './types.js';
import type { CharacterGroup, DatasetIndex } from './dataset-index.js';
import type { Kind, RecordsByKind } from './kinds.js';

/**
 * The page-wide queries (`episode(id)`, `charactersIn(episodeId)`, `threadsOf(characterId)`, …),
 * each the `DatasetIndex` query of the one dataset that has the id. They throw, naming the
 * series, when several datasets do (see `datasetOf`); an unknown id gives undefined or [].
 */
export abstract class PageQueries extends EventTarget {
  /** The dataset holding series `seriesId`, or undefined. */
  abstract dataset(seriesId: string): DatasetIndex | undefined;
  /** The one dataset that holds the id, or undefined; throws when several do. */
  abstract datasetOf(kind: Kind, id: string): DatasetIndex | undefined;

  #get<K extends Kind>(kind: K, id: string): RecordsByKind[K] | undefined {
    return this.datasetOf(kind, id)?.get(kind, id);
  }
  series(id: string): Series | undefined {
    return this.dataset(id)?.get('series', id); // series ids are unique on the page
  }
  episode(id: string): Episode | undefined {
    return this.#get('episodes', id);
  }
  character(id: string): Character | undefined {
    return this.#get('characters', id);
  }
  group(id: string): Group | undefined {
    return this.#get('groups', id);
  }
  thread(id: string): Thread | undefined {
    return this.#get('threads', id);
  }
  beat(id: string): Beat | undefined {
    return this.#get('beats', id);
  }
  /** An episode's beats in story order. */
  beatsIn(episodeId: string): Beat[] {
    return this.datasetOf('episodes', episodeId)?.beatsIn(episodeId) ?? [];
  }
  /** Where a beat falls in its episode ("beat 7 of 35"), or undefined for an unknown id. */
  beatPosition(beatId: string): { number: number; of: number } | undefined {
    return this.datasetOf('beats', beatId)?.beatPosition(beatId);
  }
  /** Storylines with at least one beat in the episode, in order of their first beat. */
  threadsIn(episodeId: string): Thread[] {
    return this.datasetOf('episodes', episodeId)?.threadsIn(episodeId) ?? [];
  }
  /** Everyone who takes part in the episode, in order of first appearance. */
  charactersIn(episodeId: string): Character[] {
    return this.datasetOf('episodes', episodeId)?.charactersIn(episodeId) ?? [];
  }
  /** Episodes in which the character appears in a beat (stated or inferred). */
  episodesOf(characterId: string): string[] {
    return this.datasetOf('characters', characterId)?.episodesOf(characterId) ?? [];
  }
  /** Storylines the character takes part in. */
  threadsOf(characterId: string): Thread[] {
    return this.datasetOf('characters', characterId)?.threadsOf(characterId) ?? [];
  }
  /** Beats in which the character acts, including those where their part is inferred. */
  beatsOf(characterId: string): Beat[] {
    return this.datasetOf('characters', characterId)?.beatsOf(characterId) ?? [];
  }
  /** The character's relationships, optionally only those that hold at the end of `asOf`. */
  relationshipsOf(characterId: string, asOf?: string): Relationship[] {
    return this.datasetOf('characters', characterId)?.relationshipsOf(characterId, asOf) ?? [];
  }
  /** The groups a character belongs or belonged to. */
  groupsOf(characterId: string): CharacterGroup[] {
    return this.datasetOf('characters', characterId)?.groupsOf(characterId) ?? [];
  }
  /** Characters who list the group among theirs (current and former members). */
  membersOf(groupId: string): Character[] {
    return this.datasetOf('groups', groupId)?.membersOf(groupId) ?? [];
  }
}
