/**
 * episode-elements: the classes and the catalog API, with the bundled Backstage dataset registered.
 * Importing this module registers no custom element; import `episode-elements/episode-card.js` (or
 * another element, or `all.js`) for that, or call `customElements.define()` with your own tag
 * names. `episode-elements/no-data` is the same without the dataset.
 */
import './data/bundled.js';

export * from './no-data/index.js';
