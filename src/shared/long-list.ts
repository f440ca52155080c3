import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long one slice of revealed items may take to render, in ms (under the 50 ms long-task line). */
const SLICE_MS = 25;
/** Items in the first slice after the reader asks for the rest; later slices adapt to their cost. */
const FIRST_STEP = 50;

const count = (n: number) => n.toLocaleString();

/**
 * The lists an element renders from data (a cast, a storyline's people, a character's beats) have
 * no upper bound: a fan site's crowd scene may list 10,000 people, and rendering them all is one
 * task of seconds. Each list shows its first `shown` items; a "+N more" button after it reveals
 * the rest, which render a slice per task, each slice as large as fits in SLICE_MS; the button
 * then reads "Show fewer". Lists with at most `shown` items render whole, with no button.
 *
 * One per element; lists are told apart by a key, which is also the id the button controls.
 */
export class LongList {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Lists the reader expanded, with how many of their items are rendered so far. */
  readonly #rendered = new Map<string, number>();
  /** Items the next slice adds, per list: grows or shrinks so that a slice takes about SLICE_MS. */
  readonly #step = new Map<string, number>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** The items of list `key` to render now: the first `shown`, or (expanded) as many as have had their slice. */
  items<T>(key: string, items: readonly T[], shown: number): readonly T[] {
    return items.slice(0, Math.max(shown, this.#rendered.get(key) ?? 0));
  }

  /**
   * The button after list `key` (whose element has id `key`), or nothing when all `total` items
   * fit in `shown`. `what` names the items for assistive technology ("characters", "beats").
   */
  toggle(key: string, total: number, shown: number, what: string): TemplateResult | typeof nothing {
    if (total <= shown) return nothing;
    const expanded = this.#rendered.has(key);
    return html`<button
      type="button"
      part="more"
      class="disclosure more"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${key}
      @click=${(event: Event) => (expanded ? this.#collapse(key, event.currentTarget as HTMLElement) : this.#expand(key, shown, total))}
    >
      ${expanded ? 'Show fewer' : `+${count(total - shown)} more`}<span class="visually-hidden"> ${what} (${count(total)} in all)</span>
    </button>`;
  }

  #expand(key: string, shown: number, total: number): void {
    this.#rendered.set(key, shown);
    this.#step.set(key, FIRST_STEP);
    void this.#grow(key, total);
  }

  #collapse(key: string, button: HTMLElement): void {
    this.#rendered.delete(key);
    this.#host.requestUpdate();
    // The items above the button are gone: bring it (and the reader's focus) back into view.
    void this.#host.updateComplete.then(() => button.scrollIntoView?.({ block: 'nearest' }));
  }

  /** Renders the next slice of list `key`, then schedules the one after it in a new task. */
  async #grow(key: string, total: number): Promise<void> {
    const done = this.#rendered.get(key);
    if (done === undefined || done >= total || !this.#host.isConnected) return; // collapsed, complete or gone
    const step = this.#step.get(key)!;
    const start = performance.now();
    this.#rendered.set(key, done + step);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const took = performance.now() - start;
    this.#step.set(key, Math.max(1, Math.round(step * Math.min(2, SLICE_MS / Math.max(took, 1)))));
    setTimeout(() => void this.#grow(key, total));
  }
}
