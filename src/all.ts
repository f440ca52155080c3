/** Registers every element and exports the whole API: the entry behind the CDN bundle. */
import './character-chip/character-chip.register.js';
import './plot-thread/plot-thread.register.js';
import './episode-card/episode-card.register.js';

export * from './index.js';
