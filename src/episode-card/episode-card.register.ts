import { define } from '../shared/define.js';
import { EpisodeCard } from './episode-card.js';

export { EpisodeCard };

define('episode-card', EpisodeCard);

declare global {
  interface HTMLElementTagNameMap {
    'episode-card': EpisodeCard;
  }
}
