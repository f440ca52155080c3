import { define } from '../shared/define.js';
import { CharacterChip } from './character-chip.js';

export { CharacterChip };

define('character-chip', CharacterChip);

declare global {
  interface HTMLElementTagNameMap {
    'character-chip': CharacterChip;
  }
}
