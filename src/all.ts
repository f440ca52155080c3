/** Registers every element and exports the whole API, with the bundled Backstage dataset: the entry behind the CDN bundle. */
import './data/bundled.js';

export * from './no-data/all.js';
