import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { composedParent, InheritedAttributeWatch } from './ancestry.js';
import { rendersServerView } from './hydration.js';
import { text } from './reader-text.js';
import { emit } from '../events/emit.js';

/** An element whose spoilers (beats, outcomes) stay hidden until revealed. */
export interface SpoilerHost extends ReactiveControllerHost, HTMLElement {
  /** Reveal this element's spoilers (the `spoilers` attribute). */
  spoilers: boolean;
}

export type { SpoilersToggleDetail } from '../events/event-map.js';

/** Every connected guard, by host, so descendants can read an ancestor element's state. */
const guards = new Map<Element, SpoilerGuard>();
/** A `spoilers` attribute added or removed anywhere re-evaluates the elements inside. */
const watch = new InheritedAttributeWatch('spoilers');

/**
 * Whether an element shows its spoilers, from its three inputs: the reader's last choice with the
 * element's button (`choice`, undefined if they never used it), the element's own `spoilers`
 * (`own`), and what the nearest ancestor that decides says (`inherited`, read only if needed).
 *
 * The reader's choice stands while `spoilers` still says what the button set it to; once the page
 * has set `spoilers` to something else, the page's newer word wins. Otherwise the element shows
 * them if it has `spoilers` or its ancestor reveals them. (A reader can always hide them locally,
 * under a revealing ancestor.)
 */
export function spoilersShown(choice: boolean | undefined, own: boolean, inherited: () => boolean): boolean {
  if (choice !== undefined && choice === own) return choice;
  return own || inherited();
}

/**
 * The one spoiler guard every element uses. An element shows its spoilers when the reader revealed
 * them with its button, or else when it or the nearest ancestor that decides has `spoilers`: one
 * of our elements (its own revealed state counts) or any page element with the attribute
 * (`<article spoilers>` opens every element inside). See spoilersShown() for the rule.
 */
export class SpoilerGuard implements ReactiveController {
  readonly host: SpoilerHost;
  /** The reader's own choice from the button; undefined until they use it, or once the page overrules it. */
  #choice: boolean | undefined;
  /** What the last render showed, to tell nested elements when it changes. */
  #last: boolean | undefined;

  constructor(host: SpoilerHost) {
    this.host = host;
    host.addController(this);
  }

  get revealed(): boolean {
    return spoilersShown(this.#choice, this.host.spoilers, () => this.#inherited());
  }

  #inherited(): boolean {
    if (rendersServerView(this.host)) return false; // the server saw no ancestors
    for (let node = composedParent(this.host); node; node = composedParent(node)) {
      const guard = guards.get(node);
      if (guard) return guard.revealed;
      if (node.hasAttribute('spoilers')) return true;
    }
    return false;
  }

  hostConnected(): void {
    guards.set(this.host, this);
    watch.add(this.host);
  }

  hostDisconnected(): void {
    guards.delete(this.host);
    watch.delete(this.host);
  }

  hostUpdate(): void {
    // The page set `spoilers` to something other than the reader's click did: its word wins, for
    // good (a later return to the old value is the page's word too, not the reader's).
    if (this.#choice !== undefined && this.#choice !== this.host.spoilers) this.#choice = undefined;
  }

  hostUpdated(): void {
    // Elements nested inside this one (e.g. in its shadow root) inherit its state: tell them.
    const now = this.revealed;
    if (this.#last !== undefined && this.#last !== now) watch.refreshInside([this.host]);
    this.#last = now;
  }

  /** Flips the state as the reader asked and fires `ee-spoilers-toggle` (bubbles, composed). */
  toggle(): void {
    this.#choice = !this.revealed;
    this.host.spoilers = this.#choice;
    this.host.requestUpdate(); // hiding under a revealing ancestor changes no property
    emit(this.host, 'ee-spoilers-toggle', { revealed: this.#choice });
  }

  /** The button: a real <button> with aria-expanded, controlling the region with id `controls`. */
  renderToggle(controls: string, label: string): TemplateResult {
    const revealed = this.revealed;
    return html`<button
      type="button"
      part="spoiler-toggle"
      class="spoiler-toggle"
      aria-expanded=${revealed ? 'true' : 'false'}
      aria-controls=${controls}
      @click=${() => this.toggle()}
    >
      <span class="chevron" aria-hidden="true"></span>${revealed ? text.hide(label) : text.show(label)}
    </button>`;
  }
}
