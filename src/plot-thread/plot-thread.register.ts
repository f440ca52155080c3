import '../character-chip/character-chip.register.js';
import { define } from '../shared/define.js';
import { PlotThread } from './plot-thread.js';

export { PlotThread };

define('plot-thread', PlotThread);

declare global {
  interface HTMLElementTagNameMap {
    'plot-thread': PlotThread;
  }
}
