/**
 * Server rendering and hydration, as the elements see it. The server (episode-elements/ssr)
 * renders each element alone: it cannot see the page around it (an ancestor's `spoilers` or
 * `series`, a chip's slotted text). Hydration must reproduce exactly what the server rendered, so
 * while an element hydrates it reads that same view; right after, it renders again with the page.
 */
import { LitElement, type RenderOptions } from 'lit';

/** Lit's `hydrate()` (from @lit-labs/ssr-client), once the hydrating entry has loaded. */
export type Hydrate = (value: unknown, container: Element | DocumentFragment, options?: Partial<RenderOptions>) => void;

/** Elements rendering the server's view right now (their hydrating first render). */
const hydrating = new WeakSet<Element>();

/** Whether `element` is hydrating, and so must render as the server did: no ancestors, no light DOM. */
export const rendersServerView = (element: Element): boolean => hydrating.has(element);

/** Runs `render` with `element` rendering the server's view. */
export function asOnTheServer(element: Element, render: () => void): void {
  hydrating.add(element);
  try {
    render();
  } finally {
    hydrating.delete(element);
  }
}

/**
 * Whether Lit's hydration support has patched LitElement, which it can only do if it loaded before
 * lit-element did. (The patch gives LitElement an `observedAttributes` of its own: how to tell.)
 */
export const litHydrationPatched = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');

let installed: Hydrate | undefined;

/** Called by the hydrating entry (episode-elements/hydrate.js) with Lit's `hydrate()`. */
export function installHydration(hydrate: Hydrate): void {
  installed = hydrate;
}

/** Lit's `hydrate()` if this copy of the library loaded its hydrating entry. */
export const installedHydration = (): Hydrate | undefined => installed;
