/**
 * Every `ee-*` event the elements fire: its name and its `detail`, in one place. All of them are
 * `CustomEvent`s that bubble and are composed (see emit.ts), so a listener on `document` or
 * `window` hears the elements inside shadow roots too. The global event maps below type
 * `addEventListener('ee-…', (e) => e.detail…)` on elements, `document` and `window`.
 */
import type { Suggestion } from '../data/suggest.js';

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

/**
 * What an `ee-error` is about: `no-id`, the element's id attribute is missing or empty;
 * `unknown-id`, no registered record has the id (within the series in force, if any);
 * `ambiguous-id`, several series have it and none is named; `unknown-series`, the series in force
 * is not registered; `load-failed`, the id or series was not found while a dataset had failed to
 * load or timed out (it may be in that file).
 */
export type ElementErrorKind = 'no-id' | 'unknown-id' | 'ambiguous-id' | 'unknown-series' | 'load-failed';

/**
 * `detail` of `ee-error`: an element cannot show what its attributes ask for. Readers see the
 * element's fallback content or a calm line; this is for the page's author, fired once per element
 * and message, with the same message console.warn (console.error when ambiguous) logs.
 */
export interface ElementErrorDetail {
  kind: ElementErrorKind;
  /** What is wrong, where, and what would work (known ids or series, "Did you mean …?"). */
  message: string;
  /** The attribute that holds the id: `episode`, `character` or `thread`. */
  attribute: 'episode' | 'character' | 'thread';
  /** The id as the element has it ('' when missing). */
  id: string;
  /** The series in force, the element's own or an ancestor's, if any. */
  series?: string;
  /** The nearest ids (nearest first, at most 3), or for `unknown-series` the nearest series; often []. */
  suggestions: Suggestion[];
}

/** Each `ee-*` event by name, as the listener receives it. */
export interface EpisodeElementsEventMap {
  'ee-spoilers-toggle': CustomEvent<SpoilersToggleDetail>;
  'ee-panel-open': CustomEvent<PanelToggleDetail>;
  'ee-panel-close': CustomEvent<PanelToggleDetail>;
  'ee-data-load': CustomEvent<DataLoadDetail>;
  'ee-data-error': CustomEvent<DataErrorDetail>;
  'ee-error': CustomEvent<ElementErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends EpisodeElementsEventMap {}
  interface DocumentEventMap extends EpisodeElementsEventMap {}
  interface WindowEventMap extends EpisodeElementsEventMap {}
}
