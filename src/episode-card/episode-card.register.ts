// The card renders <character-chip> and <plot-thread>, so registering it registers them too.
import '../character-chip/character-chip.register.js';
import '../plot-thread/plot-thread.register.js';
import { define } from '../shared/define.js';
import { EpisodeCard } from './episode-card.js';

export { EpisodeCard };

define('episode-card', EpisodeCard);

declare global {
  interface HTMLElementTagNameMap {
    'episode-card': EpisodeCard;
  }
}
