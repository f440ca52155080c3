import type { Dataset } from './types.js';
import { DatasetIndex } from './dataset-index.js';
import { DatasetLoader } from './dataset-loader.js';
import { DEFAULT_TIMEOUT } from './fetch-dataset.js';
import { frozenCopy } from './frozen-copy.js';
import { assertKind, type Kind, type RecordsByKind } from './kinds.js';
import { PageQueries } from './page-queries.js';
import { ambiguous, resolveIn, seriesHolding, type Resolution } from './resolution.js';
import { nearest, type Suggestion } from './suggest.js';
import { validateDataset } from './validate.js';

export { describeCandidates, seriesHolding, type Resolution } from './resolution.js';
export type { Suggestion } from './suggest.js';

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
export class Catalog extends PageQueries {
  readonly #datasets: DatasetIndex[] = [];
  /** Which dataset holds each series id (the one kind of id that is unique page-wide). */
  readonly #bySeries = new Map<string, DatasetIndex>();

  /**
   * Copies `dataset` (reading each property once), validates the copy and adds it, frozen, which
   * it returns: the records the elements show are those validated and can no longer change, and
   * the caller's own object stays theirs to change (the catalog does not see it). On any problem,
   * including a series id that another dataset already registered, it throws a `DatasetError` (naming `source`, the JSON path and what was expected)
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
  override dataset(seriesId: string): DatasetIndex | undefined {
    return this.#bySeries.get(seriesId);
  }

  /**
   * Looks up an id of one kind: within `series` when given (an element's `series` attribute, its
   * own or an ancestor's), else in whichever dataset has it, provided only one does. A series
   * names the dataset that holds it; an episode must also belong to that series.
   */
  resolve<K extends Kind>(kind: K, id: string, series?: string): Resolution<RecordsByKind[K]> {
    return resolveIn(this.#datasets, this.#bySeries, kind, id, series);
  }

  /**
   * The dataset that holds the id (within `series` when given), or undefined. Throws when no
   * series is given and several datasets have the id, naming them.
   */
  override datasetOf(kind: Kind, id: string, series?: string): DatasetIndex | undefined {
    const found = this.resolve(kind, id, series);
    if (found.status === 'ambiguous') throw ambiguous(kind, id, found.candidates);
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

  /**
   * "Did you mean": the registered ids of one kind nearest to `input`, nearest first, at most
   * `limit`; in `series` only, when given. Near means another case or a typo in an id (`S1E30`,
   * `scarlett-voice`), or a name, title or alias written instead of it (`Scarlett's voice`,
   * `Kit Kingsley`). Each comes with its record's name or title (the id when it has none) and the
   * series to name in a `series` attribute. [] when nothing is near; ids themselves stay
   * case-sensitive. Throws an Error naming the kinds for a `kind` that is not one.
   */
  suggest(kind: Kind, input: string, series?: string, limit = 3): Suggestion[] {
    assertKind(kind);
    const candidates = this.#datasets.flatMap((data) =>
      data.ids(kind).flatMap((id) => {
        const held = kind === 'series' ? [id] : seriesHolding(data, kind, id);
        const record = data.get(kind, id) as { title?: string; name?: string; aliases?: { name: string }[] };
        const name = record.title ?? record.name ?? id;
        return series && !held.includes(series) ? [] : [{ id, name, series: series ?? held[0], names: [name, ...(record.aliases ?? []).map((a) => a.name)] }];
      }),
    );
    return nearest(input, candidates, limit).map(({ id, name, series }) => ({ id, name, series }));
  }

  readonly #loader = new DatasetLoader(
    (data, source) => this.register(data, source),
    () => this.dispatchEvent(new Event('change')),
  );

  /**
   * Fetches the dataset at `url` (http(s) or relative) and registers it under that name. A file
   * that loaded is fetched once, however often it is asked for and whatever its #fragment; one
   * that failed is fetched again the next time. `timeout` is in seconds (30 if not a positive
   * number); a load already under way keeps its own. The promise rejects with an error naming
   * `url` as this call wrote it, and what went wrong: a fetch that failed or timed out (with the
   * resolved URL when it differs), the HTTP status, a UTF-16 file, JSON that does not parse, or
   * the validator's problems (a `DatasetError`). Fires `change` when a fetch starts and when it
   * ends, so elements can show a loading state.
   */
  load(url: string, { timeout = DEFAULT_TIMEOUT } = {}): Promise<Dataset> {
    return this.#loader.load(url, { timeout });
  }

  /** True while any load() is still fetching: an unknown id may yet arrive. */
  get loading(): boolean {
    return this.#loader.loading;
  }

  /**
   * Files that failed to load and have not loaded since, one per file, each with the src it was
   * asked for by and why (for notices: an unknown id may be in a dataset that did not load).
   */
  loadFailures(): { source: string; message: string }[] {
    return this.#loader.loadFailures();
  }
}
