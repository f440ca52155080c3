/**
 * Registers `<episode-data>` without the bundled Backstage data (`episode-elements/no-data/episode-data.js`):
 * register your own dataset (`register()`, a page's data block or `<episode-data>`), or import
 * `episode-elements/backstage.js` for the bundled one. `episode-elements/episode-data.js` is this plus the data.
 */
import { define } from '../shared/define.js';
import { EpisodeData } from '../episode-data/episode-data.js';

export { EpisodeData };

define('episode-data', EpisodeData);

declare global {
  interface HTMLElementTagNameMap {
    'episode-data': EpisodeData;
  }
}
