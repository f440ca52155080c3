/**
 * Registers `<episode-card>` without the bundled Backstage data (`episode-elements/no-data/episode-card.js`):
 * register your own dataset (`register()`, a page's data block or `<episode-data>`), or import
 * `episode-elements/backstage.js` for the bundled one. `episode-elements/episode-card.js` is this plus the data.
 */
// The card renders <character-chip> and <plot-thread>, so registering it registers them too.
import './character-chip.js';
import './plot-thread.js';
import { define } from '../shared/define.js';
import { EpisodeCard } from '../episode-card/episode-card.js';

export { EpisodeCard };

define('episode-card', EpisodeCard);

declare global {
  interface HTMLElementTagNameMap {
    'episode-card': EpisodeCard;
  }
}
