// `episode-elements/episode-data.js`: the bundled Backstage data, then the element (no-data/episode-data.ts).
import '../data/bundled.js';
export * from '../no-data/episode-data.js';
