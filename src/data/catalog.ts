import type { Beat, Character, Dataset, Episode, Group, Relationship, Series, Thread } from './types.js';
import { DatasetIndex, type CharacterGroup } from './dataset-index.js';
import { SINGULAR, assertKind, type Kind, type RecordsByKind } from './kinds.js';
import { DEFAULT_TIMEOUT, failureFor, fetchJson } from './fetch-dataset.js';
import { describe, validateDataset } from './validate.js';

/**
 * How an id was looked up: `found` (with its record and dataset); `missing` (no such id, within
 * `series` if one was named); `ambiguous` (no series named, and more than one dataset has the id);
 * or `unknown-series` (the named series is not registered).
 */
export type Resolution<T> =
  | { status: 'found'; record: T; data: DatasetIndex }
  | { status: 'missing'; series?: string }
  | { status: 'ambiguous'; candidates: DatasetIndex[] }
  | { status: 'unknown-series'; series: string };

/**
 * The series ids under which `data` answers for an id it holds: its episode's series for an
 * episode, else any series of the dataset (characters, storylines and the rest belong to the whole
 * dataset). Both resolve() and the messages that name candidates go by it.
 */
export const seriesHolding = (data: DatasetIndex, kind: Kind, id: string): string[] =>
  kind === 'episodes' ? [data.get('episodes', id)!.series] : data.series.map((s) => s.id);

/** `"backstage" (backstage.json), "harbour-lights" (hl.json)`: how messages name the candidates. */
export const describeCandidates = (candidates: DatasetIndex[], kind: Kind, id: string): string =>
  candidates.map((d) => `${seriesHolding(d, kind, id).map(describe).join(' or ')} (${d.source})`).join(', ');

/**
 * A deep copy of `value` in plain objects and arrays, every one frozen, reading each property once:
 * what is validated is what is kept, whatever getters or Proxies the original has. Any shape is
 * copied (the validator then says what is wrong with it): without recursion, so any depth; each
 * object once, so cycles and shared branches end; own properties only, "__proto__" too.
 */
function frozenCopy(value: unknown): unknown {
  const copies = new Map<object, object>();
  const todo: object[] = []; // pairs: the original, its copy
  const copy = (from: unknown) => {
    if (typeof from !== 'object' || from === null) return from;
    let to = copies.get(from);
    if (!to) copies.set(from, (to = Array.isArray(from) ? [] : {})), todo.push(from, to);
    return to;
  };
  const root = copy(value);
  while (todo.length) {
    const to = todo.pop() as Record<string, unknown>;
    const from = todo.pop() as Record<string, unknown>;
    if (Array.isArray(to)) for (let i = 0, n = (from as unknown as unknown[]).length; i < n; i++) to.push(copy(from[i]));
    // An own "__proto__" (JSON.parse makes one) stays a property: assigned, it would set the prototype.
    else for (const key of Object.keys(from)) key === '__proto__' ? Object.defineProperty(to, key, { value: copy(from[key]), enumerable: true }) : (to[key] = copy(from[key]));
    Object.freeze(to);
  }
  return root;
}

/**
 * Every registered dataset. Each dataset keeps its own ids (see `DatasetIndex`), so several
 * series can share a page even when their ids coincide; `resolve()` finds an id within a named
 * series, or in the one dataset that has it. Fires `change` after each successful `register()`,
 * so elements showing an unknown id can render once its data arrives.
 *
 * The page-wide queries (`episode(id)`, `charactersIn(episodeId)`, `threadsOf(characterId)`, …)
 * answer from the one dataset that has the id, and throw, naming the series, when several do:
 * then query one series with `catalog.dataset(seriesId)`. An unknown id gives undefined or [].
 */
export class Catalog extends EventTarget {
  readonly #datasets: DatasetIndex[] = [];
  /** Which dataset holds each series id (the one kind of id that is unique page-wide). */
  readonly #bySeries = new Map<string, DatasetIndex>();

  /**
   * Copies `dataset` (reading each property once), validates the copy and adds it, frozen, which
   * it returns: the records the elements show are those validated and can no longer change, and
   * the caller's own object stays theirs to change (the catalog does not see it). On any problem, including a series id that another dataset already
   * registered, it throws a `DatasetError` (naming `source`, the JSON path and what was expected)
   * and leaves the catalog exactly as it was. A second registration of a series is an error even
   * when the data is the same (the bundled Backstage data pasted into a page block, say): it adds
   * nothing, and the page keeps the first.
   */
  register(dataset: unknown, source = 'dataset'): Dataset {
    const taken = new Map([...this.#bySeries].map(([id, data]) => [id, data.source]));
    const data = validateDataset(frozenCopy(dataset), source, taken);
    const index = new DatasetIndex(data, source);
    this.#datasets.push(index);
    for (const series of data.series) this.#bySeries.set(series.id, index);
    this.dispatchEvent(new Event('change'));
    return data;
  }

  /** The registered datasets, in registration order. */
  get datasets(): readonly DatasetIndex[] {
    return this.#datasets;
  }

  /** The dataset holding series `seriesId`, for queries within it; undefined if none does. */
  dataset(seriesId: string): DatasetIndex | undefined {
    return this.#bySeries.get(seriesId);
  }

  /**
   * Looks up an id of one kind: within `series` when given (an element's `series` attribute, its
   * own or an ancestor's), else in whichever dataset has it, provided only one does. A series
   * names the dataset that holds it; an episode must also belong to that series.
   */
  resolve<K extends Kind>(kind: K, id: string, series?: string): Resolution<RecordsByKind[K]> {
    if (series) {
      const data = this.#bySeries.get(series);
      if (!data) return { status: 'unknown-series', series };
      const record = data.get(kind, id);
      return record && seriesHolding(data, kind, id).includes(series) ? { status: 'found', record, data } : { status: 'missing', series };
    }
    const candidates = this.#datasets.filter((d) => d.get(kind, id));
    if (candidates.length > 1) return { status: 'ambiguous', candidates };
    return candidates.length ? { status: 'found', record: candidates[0].get(kind, id)!, data: candidates[0] } : { status: 'missing' };
  }

  /**
   * The dataset that holds the id (within `series` when given), or undefined. Throws when no
   * series is given and several datasets have the id, naming them.
   */
  datasetOf(kind: Kind, id: string, series?: string): DatasetIndex | undefined {
    const found = this.resolve(kind, id, series);
    if (found.status === 'ambiguous') {
      throw new Error(
        `${SINGULAR[kind]} ${describe(id)} is in more than one series: ${describeCandidates(found.candidates, kind, id)}. ` +
          `Query one of them: catalog.dataset("<series id>").`,
      );
    }
    return found.status === 'found' ? found.data : undefined;
  }

  /**
   * Registered ids of one kind, in registration order: in `series` only, when given. Throws an
   * Error naming the kinds for a `kind` that is not one.
   */
  ids(kind: Kind, series?: string): string[] {
    assertKind(kind);
    const datasets = series ? [this.#bySeries.get(series)].filter((d) => d !== undefined) : this.#datasets;
    return [...new Set(datasets.flatMap((d) => d.ids(kind)))];
  }

  // Page-wide queries: each answers from the one dataset that has the id (see datasetOf).

  #get<K extends Kind>(kind: K, id: string): RecordsByKind[K] | undefined {
    return this.datasetOf(kind, id)?.get(kind, id);
  }
  series(id: string): Series | undefined {
    return this.#bySeries.get(id)?.get('series', id); // series ids are unique on the page
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

  /** Loads by URL without #fragment, in flight or done; a failed one is dropped, so asking again retries. */
  readonly #loads = new Map<string, Promise<Dataset>>();
  /** URLs (without #fragment) being fetched. */
  readonly #pending = new Set<string>();
  /** Why each URL failed, until it loads: the src it was asked for by, and the message. */
  readonly #failures = new Map<string, { source: string; message: string }>();

  /**
   * Fetches the dataset at `url` (http(s) or relative) and registers it under that name. A file
   * that loaded is fetched once, however often it is asked for and whatever its #fragment; one
   * that failed is fetched again the next time. `timeout` is in seconds (30 if not a positive
   * number); a load already under way keeps its own. The promise rejects with an error naming
   * `url` as this call wrote it, and what went wrong: a fetch that failed or timed out (with the
   * resolved URL when it differs), the HTTP status, a UTF-16 file, JSON that does not parse, or
   * the validator's problems (a `DatasetError`). Fires `change` when a fetch starts and when it ends, so elements
   * can show a loading state.
   */
  load(url: string, { timeout = DEFAULT_TIMEOUT } = {}): Promise<Dataset> {
    // The document's base, not location: a srcdoc frame's location is about:srcdoc.
    let key: string;
    try {
      const resolved = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
      resolved.hash = ''; // a #fragment is a place in the file, not another file
      key = resolved.href;
    } catch {
      return Promise.reject(new Error(`${url}: not a URL`));
    }
    let loading = this.#loads.get(key);
    if (!loading) {
      // 1e6 s (11 days) at most: AbortSignal.timeout() throws on the huge, and nobody waits that long.
      loading = fetchJson(url, key, timeout > 0 ? Math.min(timeout, 1e6) : DEFAULT_TIMEOUT).then((data) => this.register(data, url));
      this.#loads.set(key, loading);
      this.#pending.add(key);
      this.dispatchEvent(new Event('change'));
      // Before any caller hears: one that retries at once finds a clean slate.
      const ended = () => {
        this.#pending.delete(key);
        this.dispatchEvent(new Event('change'));
      };
      loading.then(
        () => {
          this.#failures.delete(key);
          ended();
        },
        // Whatever the reason, even a falsy one.
        (cause) => {
          this.#loads.delete(key); // a 503 or a timeout may pass: the next load() fetches again
          this.#failures.set(key, { source: url, message: failureFor(url, key, cause).message });
          ended();
        },
      );
    }
    // Shared by every spelling of the URL: each caller's message quotes its own.
    return loading.catch((cause) => {
      throw failureFor(url, key, cause);
    });
  }

  /** True while any load() is still fetching: an unknown id may yet arrive. */
  get loading(): boolean {
    return this.#pending.size > 0;
  }

  /**
   * Files that failed to load and have not loaded since, one per file, each with the src it was
   * asked for by and why (for notices: an unknown id may be in a dataset that did not load).
   */
  loadFailures(): { source: string; message: string }[] {
    return [...this.#failures.values()].map((failure) => ({ ...failure }));
  }
}

