/**
 * Registers `<plot-thread>` without the bundled Backstage data (`episode-elements/no-data/plot-thread.js`):
 * register your own dataset (`register()`, a page's data block or `<episode-data>`), or import
 * `episode-elements/backstage.js` for the bundled one. `episode-elements/plot-thread.js` is this plus the data.
 */
// A storyline renders its people as chips.
import './character-chip.js';
import { define } from '../shared/define.js';
import { PlotThread } from '../plot-thread/plot-thread.js';

export { PlotThread };

define('plot-thread', PlotThread);

declare global {
  interface HTMLElementTagNameMap {
    'plot-thread': PlotThread;
  }
}
