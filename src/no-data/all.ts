/** Registers every element and exports the whole API, without the bundled Backstage dataset (`episode-elements/no-data/all.js`). */
import { registerPageData } from '../data/page-catalog.js';
// First, so a page's <episode-data> starts loading before the other elements first render.
import './episode-data.js';
import './character-chip.js';
import './plot-thread.js';
import './episode-card.js';

// Module scripts run once the page is parsed, so the page's dataset blocks are all there. The
// elements were defined above, but their first renders wait for a microtask, so they already see
// this data (no "unknown id" notice flashes first).
if (typeof document !== 'undefined') registerPageData();

export * from './index.js';
