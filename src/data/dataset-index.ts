import type { Beat, Character, Dataset, Group, MembershipStatus, Relationship, Series, Thread } from './types.js';
import { KINDS, assertKind, type Kind, type RecordsByKind } from './kinds.js';

/** A group membership seen from the character's side. */
export interface CharacterGroup {
  group: Group;
  status: MembershipStatus;
  inferred: boolean;
  reason?: string;
}

/**
 * One registered dataset, indexed for the elements' queries. Its ids are its own: two datasets may
 * both have a character "principal", and each answers for its own. (Only series ids must be
 * unique on a page, so that a `series` attribute names exactly one dataset.) Queries return the
 * records as registered: frozen, when a catalog registered them.
 */
export class DatasetIndex {
  /** Where the data came from (a file name, URL or page block), for messages. */
  readonly source: string;
  /** The series the dataset holds; elements inside any of them look ids up here. */
  readonly series: readonly Series[];
  readonly #byId = {} as { [K in Kind]: Map<string, RecordsByKind[K]> };
  readonly #relationships: readonly Relationship[];
  /** Each episode's beats in story order, built once (every card render asks). */
  readonly #beatsByEpisode = new Map<string, Beat[]>();
  /** Each beat's 1-based place in its episode, recorded as the index above is built. */
  readonly #beatNumber = new Map<string, number>();

  /** `data` must already be valid (see `validateDataset`). */
  constructor(data: Dataset, source: string) {
    this.source = source;
    this.series = data.series;
    for (const kind of KINDS) {
      (this.#byId as Record<Kind, Map<string, unknown>>)[kind] = new Map(data[kind].map((record) => [record.id, record]));
    }
    this.#relationships = data.relationships;
    for (const beat of data.beats) {
      const beats = this.#beatsByEpisode.get(beat.episode) ?? [];
      if (!beats.length) this.#beatsByEpisode.set(beat.episode, beats);
      beats.push(beat);
      this.#beatNumber.set(beat.id, beats.length);
    }
  }

  /** The id of the dataset's first series: what elements pass to the elements they render inside. */
  get key(): string {
    return this.series[0].id;
  }

  /** The record of that kind and id, or undefined. Throws for a `kind` that is not one (see `KINDS`). */
  get<K extends Kind>(kind: K, id: string): RecordsByKind[K] | undefined {
    assertKind(kind);
    return this.#byId[kind].get(id);
  }

  /** The ids of one kind, in the dataset's order (for messages such as "known ids: …"). Throws for an unknown kind. */
  ids(kind: Kind): string[] {
    assertKind(kind);
    return [...this.#byId[kind].keys()];
  }

  /** An episode's beats in story order. */
  beatsIn(episodeId: string): Beat[] {
    return [...(this.#beatsByEpisode.get(episodeId) ?? [])];
  }

  /** Where a beat falls in its episode ("beat 7 of 35"), or undefined for an unknown id. */
  beatPosition(beatId: string): { number: number; of: number } | undefined {
    const beat = this.#byId.beats.get(beatId);
    if (!beat) return undefined;
    return { number: this.#beatNumber.get(beatId)!, of: this.#beatsByEpisode.get(beat.episode)!.length };
  }

  /** Storylines with at least one beat in the episode, in order of their first beat. */
  threadsIn(episodeId: string): Thread[] {
    const ids = new Set(this.beatsIn(episodeId).flatMap((b) => b.threads));
    return [...ids].map((id) => this.#byId.threads.get(id)!);
  }

  /**
   * Everyone who takes part in the episode, in order of first appearance: first the people its
   * beats name, then storyline participants who never appear in a beat themselves.
   */
  charactersIn(episodeId: string): Character[] {
    const ids = new Set<string>();
    for (const beat of this.beatsIn(episodeId)) beat.characters.forEach((c) => ids.add(c));
    for (const thread of this.threadsIn(episodeId)) thread.characters.forEach((c) => ids.add(c));
    return [...ids].map((id) => this.#byId.characters.get(id)!);
  }

  /** Episodes in which the character appears in a beat (stated or inferred), in dataset order. */
  episodesOf(characterId: string): string[] {
    return [...new Set(this.beatsOf(characterId).map((b) => b.episode))];
  }

  /** Storylines the character takes part in. */
  threadsOf(characterId: string): Thread[] {
    return [...this.#byId.threads.values()].filter((t) => t.characters.includes(characterId));
  }

  /** Beats in which the character acts, including those where their part is inferred. */
  beatsOf(characterId: string): Beat[] {
    return [...this.#byId.beats.values()].filter((b) => b.characters.includes(characterId) || b.inferredCharacters?.some((a) => a.character === characterId));
  }

  /** The character's relationships, optionally only those that hold at the end of `asOf`. */
  relationshipsOf(characterId: string, asOf?: string): Relationship[] {
    return this.#relationships.filter((r) => r.characters.includes(characterId) && (asOf === undefined || r.asOf === asOf));
  }

  /** The groups a character belongs or belonged to. */
  groupsOf(characterId: string): CharacterGroup[] {
    return (this.#byId.characters.get(characterId)?.groups ?? []).map((m) => ({
      group: this.#byId.groups.get(m.group)!,
      status: m.status ?? 'member',
      inferred: m.inferred === true,
      reason: m.reason,
    }));
  }

  /** Characters who list the group among theirs (current and former members). */
  membersOf(groupId: string): Character[] {
    return [...this.#byId.characters.values()].filter((c) => c.groups?.some((m) => m.group === groupId));
  }
}
