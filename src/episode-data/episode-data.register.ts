import { define } from '../shared/define.js';
import { EpisodeData } from './episode-data.js';

export { EpisodeData };

define('episode-data', EpisodeData);

declare global {
  interface HTMLElementTagNameMap {
    'episode-data': EpisodeData;
  }
}
