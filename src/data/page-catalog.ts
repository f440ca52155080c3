import { Catalog } from './catalog.js';
import { episodeJsonLd } from './json-ld.js';
import { registerPageData as registerBlocks } from './page-data.js';
import { VERSION } from '../version.js';

export { Catalog, describeCandidates, seriesHolding, type Resolution, type Suggestion } from './catalog.js';
export type { CharacterGroup, DatasetIndex } from './dataset-index.js';
export type { Kind, RecordsByKind } from './kinds.js';
export { episodeJsonLd, jsonLdText, type TVEpisodeJsonLd } from './json-ld.js';
export { PAGE_DATA_SELECTOR } from './page-data.js';
export { DatasetError, formatIssue, validateDataset, type DatasetIssue } from './validate.js';
export type * from './types.js';

/**
 * Where the page-wide catalog is kept: one per version, so every copy of this version on a page (an
 * app's npm build beside a blogger's CDN bundle) reads and registers the same data. Another
 * version keeps its own, since its catalog may differ.
 */
const SHARED = Symbol.for(`episode-elements.catalog@${VERSION}`);

/**
 * The page-wide catalog every element reads from. It starts empty: the bundled Backstage dataset
 * is registered by ./bundled.js, which every entry with data imports (./index.ts, the element
 * entries, all.js); the no-data entries leave it out.
 */
export const catalog: Catalog = ((globalThis as { [SHARED]?: Catalog })[SHARED] ??= new Catalog());

/**
 * Adds a dataset (e.g. another series) to the page-wide catalog: reads it once into a frozen copy,
 * validates the copy, keeps it and returns it (`dataset` itself is not frozen, and later changes
 * to it are not seen). Throws a `DatasetError` naming `source`, the JSON path and what was expected; on
 * error nothing already registered changes.
 */
export const register = (dataset: unknown, source?: string) => catalog.register(dataset, source);

/**
 * The episode as schema.org `TVEpisode` JSON-LD (series, season, number, logline, named
 * characters), from the page-wide catalog; undefined for an unknown id. Give `series` when
 * another registered series has an episode with the same id (otherwise this throws, naming them).
 */
export function toJsonLd(episodeId: string, series?: string) {
  const data = catalog.datasetOf('episodes', episodeId, series);
  return data && episodeJsonLd(data, episodeId);
}

/**
 * Registers the page's `<script type="application/json" data-episode-elements>` dataset blocks
 * (those not registered yet). The CDN bundle and `all.js` call it when they load; call it again
 * after adding blocks later. Problems are logged with console.error, never thrown.
 */
export const registerPageData = (root: ParentNode = document) => registerBlocks(catalog, root);
