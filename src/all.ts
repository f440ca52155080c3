/** Registers every element and exports the whole API: the entry behind the CDN bundle. */
import './episode-card/episode-card.register.js';

export * from './index.js';
