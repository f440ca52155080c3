import type { EpisodeElementsEventMap } from './event-map.js';

/**
 * Fires an `ee-*` event from `target`: a `CustomEvent` with this `detail` that bubbles and is
 * composed, as every event of the kit does. The name and detail are checked against
 * EpisodeElementsEventMap. Returns what dispatchEvent() returns.
 *
 * The custom-elements manifest lists an element's events from its `@fires` JSDoc tags only (the
 * analyzer does not follow this call): an element that fires a new event documents it there.
 */
export const emit = <K extends keyof EpisodeElementsEventMap>(target: EventTarget, name: K, detail: EpisodeElementsEventMap[K]['detail']): boolean =>
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
