/**
 * `episode-elements/no-data`: the classes and the catalog API, without the bundled Backstage
 * dataset (the catalog starts empty; `episode-elements/backstage.js` registers it). Importing this
 * module registers no custom element; import `episode-elements/no-data/episode-card.js` (or
 * another element, or `no-data/all.js`) for that, or call `customElements.define()` with your own
 * tag names. `episode-elements` is this plus the data.
 */
export { EpisodeCard } from '../episode-card/episode-card.js';
export { CharacterChip } from '../character-chip/character-chip.js';
export { PlotThread } from '../plot-thread/plot-thread.js';
export { EpisodeData } from '../episode-data/episode-data.js';
export { catalog, register, registerPageData, toJsonLd, Catalog, DatasetError, formatIssue, validateDataset } from '../data/page-catalog.js';
export type * from '../data/page-catalog.js';
// The ee-* events' details and names; importing them also types listeners on document and window.
export type {
  DataErrorDetail,
  DataLoadDetail,
  ElementErrorDetail,
  ElementErrorKind,
  EpisodeElementsEventMap,
  PanelToggleDetail,
  SpoilersToggleDetail,
} from '../events/event-map.js';
export { VERSION } from '../version.js';
