/**
 * Every `ee-*` event the elements fire: its name and its `detail`, in one place. All of them are
 * `CustomEvent`s that bubble and are composed (see emit.ts), so a listener on `document` or
 * `window` hears the elements inside shadow roots too. The global event maps below type
 * `addEventListener('ee-…', (e) => e.detail…)` on elements, `document` and `window`.
 */

/** `detail` of `ee-spoilers-toggle`: the reader showed or hid an element's spoilers. */
export interface SpoilersToggleDetail {
  /** The new state: whether the spoilers now show. */
  revealed: boolean;
}

/** `detail` of `ee-panel-open` and `ee-panel-close` (`<character-chip>`). */
export interface PanelToggleDetail {
  /** The chip's character id. */
  character: string;
}

/** `detail` of `ee-data-load` and `ee-data-error` (`<episode-data>`). */
export interface DataLoadDetail {
  /** The `src` that loaded or failed, as the element has it. */
  src: string;
  /** Why it failed (see `ee-data-error`); only on errors. */
  message?: string;
}

/** `detail` of `ee-data-error`: a `DataLoadDetail` whose `message` is always there. */
export interface DataErrorDetail extends DataLoadDetail {
  /** Why it failed; the same message goes to console.error. */
  message: string;
}

/** Each `ee-*` event by name, as the listener receives it. */
export interface EpisodeElementsEventMap {
  'ee-spoilers-toggle': CustomEvent<SpoilersToggleDetail>;
  'ee-panel-open': CustomEvent<PanelToggleDetail>;
  'ee-panel-close': CustomEvent<PanelToggleDetail>;
  'ee-data-load': CustomEvent<DataLoadDetail>;
  'ee-data-error': CustomEvent<DataErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends EpisodeElementsEventMap {}
  interface DocumentEventMap extends EpisodeElementsEventMap {}
  interface WindowEventMap extends EpisodeElementsEventMap {}
}
