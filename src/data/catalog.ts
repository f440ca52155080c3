import type { Beat, Character, Dataset, Episode, Group, Relationship, Series, Thread } from './types.js';
import { isHttpOrRelative } from '../shared/safe-url.js';
import { validateDataset, type TakenIds } from './validate.js';

/** A group membership seen from the character's side. */
export interface CharacterGroup {
  group: Group;
  status: 'member' | 'former';
  inferred: boolean;
  reason?: string;
}

type Indexed = 'series' | 'episodes' | 'characters' | 'groups' | 'threads' | 'beats';

/**
 * Every registered dataset, indexed for the elements' queries. Queries return the records as
 * registered; treat them as read-only. Fires `change` after each successful `register()`, so
 * elements showing an unknown id can render once its data arrives.
 */
export class Catalog extends EventTarget {
  readonly #byId = {
    series: new Map<string, Series>(),
    episodes: new Map<string, Episode>(),
    characters: new Map<string, Character>(),
    groups: new Map<string, Group>(),
    threads: new Map<string, Thread>(),
    beats: new Map<string, Beat>(),
  };
  /** Which source registered each id, so a clash can name it. */
  readonly #sources: { [K in Indexed]: Map<string, string> } = {
    series: new Map(),
    episodes: new Map(),
    characters: new Map(),
    groups: new Map(),
    threads: new Map(),
    beats: new Map(),
  };
  readonly #relationships: Relationship[] = [];
  /** Each episode's beats in story order, built once at registration (every card render asks). */
  readonly #beatsByEpisode = new Map<string, Beat[]>();
  /** Each beat's 1-based place in its episode, recorded as the index above is built. */
  readonly #beatNumber = new Map<string, number>();

  /**
   * Validates `dataset` and adds it. On any problem it throws a `DatasetError` (naming `source`,
   * the JSON path and what was expected) and leaves the catalog exactly as it was.
   */
  register(dataset: unknown, source = 'dataset'): Dataset {
    const data = validateDataset(dataset, source, this.#sources as TakenIds);
    for (const kind of Object.keys(this.#byId) as Indexed[]) {
      for (const record of data[kind]) {
        (this.#byId[kind] as Map<string, unknown>).set(record.id, record);
        this.#sources[kind].set(record.id, source);
      }
    }
    this.#relationships.push(...data.relationships);
    for (const beat of data.beats) {
      const beats = this.#beatsByEpisode.get(beat.episode) ?? [];
      if (!beats.length) this.#beatsByEpisode.set(beat.episode, beats);
      beats.push(beat);
      this.#beatNumber.set(beat.id, beats.length);
    }
    this.dispatchEvent(new Event('change'));
    return data;
  }

  /** Datasets being fetched by load(), by URL, each promise kept so a URL is fetched only once. */
  readonly #loads = new Map<string, Promise<Dataset>>();
  readonly #pending = new Set<string>();
  readonly #failures = new Map<string, string>();

  /**
   * Fetches the dataset at `url` (http(s) or relative; once per URL, however often it is asked
   * for) and registers it under that name. The promise rejects with a message naming the URL and
   * what went wrong: the HTTP status, JSON that does not parse, or the validator's problems. Fires
   * `change` when the load starts and when it ends, so elements can show a loading state.
   */
  load(url: string): Promise<Dataset> {
    // The document's base, not location: a srcdoc frame's location is about:srcdoc.
    let key: string;
    try {
      key = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
    } catch {
      return Promise.reject(new Error(`${url}: not a URL`));
    }
    let loading = this.#loads.get(key);
    if (!loading) {
      loading = this.#fetchAndRegister(url, key);
      this.#loads.set(key, loading);
      this.#pending.add(url);
      this.dispatchEvent(new Event('change'));
      loading
        .catch((error: Error) => this.#failures.set(url, error.message))
        .finally(() => {
          this.#pending.delete(url);
          this.dispatchEvent(new Event('change'));
        });
    }
    return loading;
  }

  async #fetchAndRegister(url: string, href: string): Promise<Dataset> {
    if (!isHttpOrRelative(url)) throw new Error(`${url}: only http(s) or relative URLs can be loaded`);
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    let data: unknown;
    try {
      data = JSON.parse(await response.text());
    } catch (error) {
      throw new Error(`${url}: not JSON: ${(error as Error).message}`);
    }
    return this.register(data, url);
  }

  /** True while any load() is still fetching: an unknown id may yet arrive. */
  get loading(): boolean {
    return this.#pending.size > 0;
  }

  /** Loads that failed, with why (for notices: an unknown id may be in a dataset that did not load). */
  loadFailures(): { source: string; message: string }[] {
    return [...this.#failures].map(([source, message]) => ({ source, message }));
  }

  series(id: string): Series | undefined {
    return this.#byId.series.get(id);
  }
  episode(id: string): Episode | undefined {
    return this.#byId.episodes.get(id);
  }
  character(id: string): Character | undefined {
    return this.#byId.characters.get(id);
  }
  group(id: string): Group | undefined {
    return this.#byId.groups.get(id);
  }
  thread(id: string): Thread | undefined {
    return this.#byId.threads.get(id);
  }
  beat(id: string): Beat | undefined {
    return this.#byId.beats.get(id);
  }

  /** Registered ids of one kind, in registration order (for messages such as "known ids: …"). */
  ids(kind: Indexed): string[] {
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

  /** Episodes in which the character appears in a beat (stated or inferred), in registration order. */
  episodesOf(characterId: string): string[] {
    return [...new Set(this.beatsOf(characterId).map((b) => b.episode))];
  }

  /** Storylines the character takes part in. */
  threadsOf(characterId: string): Thread[] {
    return [...this.#byId.threads.values()].filter((t) => t.characters.includes(characterId));
  }

  /** Beats in which the character acts, including those where their part is inferred. */
  beatsOf(characterId: string): Beat[] {
    return [...this.#byId.beats.values()].filter(
      (b) => b.characters.includes(characterId) || b.inferredCharacters?.some((a) => a.character === characterId),
    );
  }

  /** The character's relationships, optionally only those that hold at the end of `asOf`. */
  relationshipsOf(characterId: string, asOf?: string): Relationship[] {
    return this.#relationships.filter(
      (r) => r.characters.includes(characterId) && (asOf === undefined || r.asOf === asOf),
    );
  }

  /** The groups a character belongs or belonged to. */
  groupsOf(characterId: string): CharacterGroup[] {
    return (this.character(characterId)?.groups ?? []).map((m) => ({
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
