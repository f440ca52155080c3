/** Registers every element and exports the whole API: the entry behind the CDN bundle. */
import { registerPageData } from './data/index.js';
// First, so a page's <episode-data> starts loading before the other elements first render.
import './episode-data/episode-data.register.js';
import './character-chip/character-chip.register.js';
import './plot-thread/plot-thread.register.js';
import './episode-card/episode-card.register.js';

// Module scripts run once the page is parsed, so the page's dataset blocks are all there. The
// elements were defined above, but their first renders wait for a microtask, so they already see
// this data (no "unknown id" notice flashes first).
if (typeof document !== 'undefined') registerPageData();

export * from './index.js';
