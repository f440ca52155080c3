import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { text } from './reader-text.js';

/** Items one "+N more" adds at most: each reader action adds a bounded amount of page. */
const PAGE = 500;
/** How long one slice of revealed items may take to render, in ms (under the 50 ms long-task line). */
const SLICE_MS = 25;
/** Items in the first slice after a click; later slices adapt to their cost. */
const FIRST_STEP = 50;

/** One expanded list: what it lists, how many items the reader asked for, how many have rendered. */
interface Expanded {
  of: unknown;
  wanted: number;
  rendered: number;
  /** Items the next slice adds: grows or shrinks so that a slice takes about SLICE_MS. */
  step: number;
  /** Whether a slice is scheduled; a new click or a reconnection starts one only if not. */
  growing: boolean;
}

/**
 * The lists an element renders from data (a cast, a storyline's people, a character's beats) have
 * no upper bound: a fan site's crowd scene may list 10,000 people, and rendering them all is one
 * task of seconds, then a page whose every frame lays out 10,000 chips. Each list shows its first
 * `shown` items and a "+N more" button that adds up to PAGE more (all the rest when that is fewer),
 * rendered a slice per task, each slice as large as fits in SLICE_MS; "Show fewer" returns to the
 * first `shown`. Lists with at most `shown` items render whole, with no buttons.
 *
 * A list goes back to its first items when it lists something else (`of`: another episode, say)
 * or when a render leaves it out (spoilers hidden, panel closed): shown again, it is short, and
 * never rebuilt at full length in one task.
 *
 * One per element; lists are told apart by a key, which is also the id of the list the buttons control.
 */
export class LongList implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #expanded = new Map<string, Expanded>();
  /** Lists the render under way has asked for: the others are gone from the DOM. */
  readonly #rendering = new Set<string>();
  /** What each list listed when it last rendered. */
  readonly #of = new Map<string, unknown>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The items of list `key` (which lists `of`, e.g. a record or its id) to render now. */
  items<T>(key: string, items: readonly T[], shown: number, of: unknown): readonly T[] {
    this.#rendering.add(key);
    this.#of.set(key, of);
    const list = this.#expanded.get(key);
    if (list && list.of !== of) this.#expanded.delete(key);
    return items.slice(0, this.#expanded.get(key)?.rendered ?? shown);
  }

  /**
   * The buttons after list `key` (the element with id `key`): "+N more" while some of the `total`
   * items are hidden, "Show fewer" once more than `shown` are asked for; nothing for a short list.
   * `what` names the items for assistive technology ("characters", "beats"). Call after items().
   */
  buttons(key: string, total: number, shown: number, what: string): TemplateResult | typeof nothing {
    if (total <= shown) return nothing;
    const wanted = this.#expanded.get(key)?.wanted ?? shown;
    const next = Math.min(PAGE, total - wanted);
    return html`<div class="more-buttons">
      ${
        next > 0
          ? html`<button type="button" part="more" class="disclosure more" aria-controls=${key} @click=${(event: Event) => this.#more(key, shown, next, total, event)}>
            ${text.more(next)}<span class="visually-hidden">${text.moreHidden(what, total - wanted, total)}</span>
          </button>`
          : nothing
      }
      ${
        wanted > shown
          ? html`<button type="button" part="fewer" class="disclosure fewer" aria-controls=${key} @click=${(event: Event) => this.#fewer(key, event)}>
            ${text.fewer}<span class="visually-hidden"> ${what}</span>
          </button>`
          : nothing
      }
    </div>`;
  }

  hostConnected(): void {
    // Taken out of the page while growing (a framework keeping it aside, say): grow on.
    for (const [key, list] of this.#expanded) if (!list.growing && list.rendered < list.wanted) this.#grow(key, list);
  }

  hostUpdate(): void {
    this.#rendering.clear();
  }

  hostUpdated(): void {
    for (const key of this.#expanded.keys()) if (!this.#rendering.has(key)) this.#expanded.delete(key);
  }

  #more(key: string, shown: number, next: number, total: number, event: Event): void {
    const group = (event.currentTarget as HTMLElement).parentElement;
    let list = this.#expanded.get(key);
    if (!list) {
      // What it lists is what items() was last given: the button was rendered with it.
      list = { of: this.#of.get(key), wanted: shown, rendered: shown, step: FIRST_STEP, growing: false };
      this.#expanded.set(key, list);
    }
    list.wanted += next;
    if (!list.growing) this.#grow(key, list);
    // The last "+N more" goes away: the focus moves to "Show fewer" rather than to the page.
    if (list.wanted >= total) void this.#host.updateComplete.then(() => group?.querySelector<HTMLElement>('.fewer')?.focus());
  }

  #fewer(key: string, event: Event): void {
    const group = (event.currentTarget as HTMLElement).parentElement;
    this.#expanded.delete(key);
    this.#host.requestUpdate();
    // The items above the button are gone: bring the reader's focus, on "+N more" (the "Show
    // fewer" button itself is gone), back into view.
    void this.#host.updateComplete.then(() => {
      const more = group?.querySelector<HTMLElement>('.more');
      more?.focus();
      more?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  /** Renders the next slice of `list`, then schedules the one after it in a new task. */
  #grow(key: string, list: Expanded): void {
    // Collapsed, replaced, complete, or out of the page (hostConnected resumes it).
    list.growing = this.#expanded.get(key) === list && list.rendered < list.wanted && this.#host.isConnected;
    if (!list.growing) return;
    const start = performance.now();
    list.rendered = Math.min(list.wanted, list.rendered + list.step);
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const took = performance.now() - start;
      list.step = Math.max(1, Math.round(list.step * Math.min(2, SLICE_MS / Math.max(took, 1))));
      setTimeout(() => this.#grow(key, list));
    });
  }
}
