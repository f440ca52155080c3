import type { DatasetIndex } from './dataset-index.js';
import { SINGULAR, type Kind, type RecordsByKind } from './kinds.js';
import { describe } from './validate.js';

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
 * Looks an id of one kind up among `datasets`: within `series` when given (a series names the
 * dataset that holds it, via `bySeries`; an episode must also belong to that series), else in
 * whichever dataset has it, provided only one does.
 */
export function resolveIn<K extends Kind>(
  datasets: readonly DatasetIndex[],
  bySeries: ReadonlyMap<string, DatasetIndex>,
  kind: K,
  id: string,
  series?: string,
): Resolution<RecordsByKind[K]> {
  if (series) {
    const data = bySeries.get(series);
    if (!data) return { status: 'unknown-series', series };
    const record = data.get(kind, id);
    return record && seriesHolding(data, kind, id).includes(series) ? { status: 'found', record, data } : { status: 'missing', series };
  }
  const candidates = datasets.filter((d) => d.get(kind, id));
  if (candidates.length > 1) return { status: 'ambiguous', candidates };
  return candidates.length ? { status: 'found', record: candidates[0].get(kind, id)!, data: candidates[0] } : { status: 'missing' };
}

/** The error for a page-wide query of an id that several series have, naming them. */
export const ambiguous = (kind: Kind, id: string, candidates: DatasetIndex[]): Error =>
  new Error(
    `${SINGULAR[kind]} ${describe(id)} is in more than one series: ${describeCandidates(candidates, kind, id)}. ` +
      `Query one of them: catalog.dataset("<series id>").`,
  );
