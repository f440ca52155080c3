// `episode-elements/episode-card.js`: the bundled Backstage data, then the element (no-data/episode-card.ts).
import '../data/bundled.js';
export * from '../no-data/episode-card.js';
