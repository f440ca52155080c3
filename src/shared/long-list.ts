import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Items one "+N more" adds at most: each reader action adds a bounded amount of page. */
const PAGE = 500;
/** How long one slice of revealed items may take to render, in ms (under the 50 ms long-task line). */
const SLICE_MS = 25;
/** Items in the first slice after a click; later slices adapt to their cost. */
const FIRST_STEP = 50;

const count = (n: number) => n.toLocaleString();

/**
 * The lists an element renders from data (a cast, a storyline's people, a character's beats) have
 * no upper bound: a fan site's crowd scene may list 10,000 people, and rendering them all is one
 * task of seconds, then a page whose every frame lays out 10,000 chips. Each list shows its first
 * `shown` items and a "+N more" button that adds up to PAGE more (all the rest when that is fewer),
 * rendered a slice per task, each slice as large as fits in SLICE_MS; "Show fewer" returns to the
 * first `shown`. Lists with at most `shown` items render whole, with no buttons.
 *
 * One per element; lists are told apart by a key, which is also the id of the list the buttons control.
 */
export class LongList {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** How many items of each list the reader has asked for (absent: the first `shown`). */
  readonly #wanted = new Map<string, number>();
  /** How many of those have had their slice; the rest are on their way. */
  readonly #rendered = new Map<string, number>();
  /** Items the next slice adds, per list: grows or shrinks so that a slice takes about SLICE_MS. */
  readonly #step = new Map<string, number>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** The items of list `key` to render now. */
  items<T>(key: string, items: readonly T[], shown: number): readonly T[] {
    return items.slice(0, this.#rendered.get(key) ?? shown);
  }

  /**
   * The buttons after list `key` (the element with id `key`): "+N more" while some of the `total`
   * items are hidden, "Show fewer" once more than `shown` are asked for; nothing for a short list.
   * `what` names the items for assistive technology ("characters", "beats").
   */
  buttons(key: string, total: number, shown: number, what: string): TemplateResult | typeof nothing {
    if (total <= shown) return nothing;
    const wanted = this.#wanted.get(key) ?? shown;
    const next = Math.min(PAGE, total - wanted);
    return html`<div class="more-buttons">
      ${next > 0
        ? html`<button type="button" part="more" class="disclosure more" aria-controls=${key} @click=${(event: Event) => this.#more(key, wanted + next, shown, total, event.currentTarget as HTMLElement)}>
            +${count(next)} more<span class="visually-hidden"> ${what} (${count(total - wanted)} hidden, ${count(total)} in all)</span>
          </button>`
        : nothing}
      ${wanted > shown
        ? html`<button type="button" part="fewer" class="disclosure fewer" aria-controls=${key} @click=${(event: Event) => this.#fewer(key, event.currentTarget as HTMLElement)}>
            Show fewer<span class="visually-hidden"> ${what}</span>
          </button>`
        : nothing}
    </div>`;
  }

  #more(key: string, wanted: number, shown: number, total: number, button: HTMLElement): void {
    const growing = (this.#rendered.get(key) ?? shown) < (this.#wanted.get(key) ?? shown);
    this.#wanted.set(key, wanted);
    if (!this.#rendered.has(key)) this.#rendered.set(key, shown);
    if (!this.#step.has(key)) this.#step.set(key, FIRST_STEP);
    if (!growing) void this.#grow(key);
    // The last "+N more" goes away: the focus moves to "Show fewer" rather than to the page.
    const group = button.parentElement;
    if (wanted >= total) void this.#host.updateComplete.then(() => group?.querySelector<HTMLElement>('.fewer')?.focus());
  }

  #fewer(key: string, button: HTMLElement): void {
    this.#wanted.delete(key);
    this.#rendered.delete(key);
    this.#host.requestUpdate();
    // The items above the button are gone: bring it, with the reader's focus, back into view, on
    // "+N more" (the "Show fewer" button itself is gone).
    const group = button.parentElement;
    void this.#host.updateComplete.then(() => {
      const more = group?.querySelector<HTMLElement>('.more');
      more?.focus();
      more?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  /** Renders the next slice of list `key`, then schedules the one after it in a new task. */
  async #grow(key: string): Promise<void> {
    const done = this.#rendered.get(key);
    const wanted = this.#wanted.get(key);
    if (done === undefined || wanted === undefined || done >= wanted || !this.#host.isConnected) return;
    const step = this.#step.get(key)!;
    const start = performance.now();
    this.#rendered.set(key, Math.min(wanted, done + step));
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const took = performance.now() - start;
    this.#step.set(key, Math.max(1, Math.round(step * Math.min(2, SLICE_MS / Math.max(took, 1)))));
    setTimeout(() => void this.#grow(key));
  }
}
