// `episode-elements/plot-thread.js`: the bundled Backstage data, then the element (no-data/plot-thread.ts).
import '../data/bundled.js';
export * from '../no-data/plot-thread.js';
