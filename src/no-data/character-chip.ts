/**
 * Registers `<character-chip>` without the bundled Backstage data (`episode-elements/no-data/character-chip.js`):
 * register your own dataset (`register()`, a page's data block or `<episode-data>`), or import
 * `episode-elements/backstage.js` for the bundled one. `episode-elements/character-chip.js` is this plus the data.
 */
import { define } from '../shared/define.js';
import { CharacterChip } from '../character-chip/character-chip.js';

export { CharacterChip };

define('character-chip', CharacterChip);

declare global {
  interface HTMLElementTagNameMap {
    'character-chip': CharacterChip;
  }
}
