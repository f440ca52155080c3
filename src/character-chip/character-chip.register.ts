// `episode-elements/character-chip.js`: the bundled Backstage data, then the element (no-data/character-chip.ts).
import '../data/bundled.js';
export * from '../no-data/character-chip.js';
