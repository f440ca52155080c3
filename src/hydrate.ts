/**
 * The entry for pages rendered by `episode-elements/ssr`, with the bundled Backstage dataset: Lit's
 * hydration support, then every element (see no-data/hydrate.ts). The elements adopt the
 * server-rendered shadow DOM instead of rendering it again, so nothing is re-created and nothing moves.
 */
import './data/bundled.js'; // no Lit in it, so the hydration support still loads before any element
export * from './no-data/hydrate.js';
