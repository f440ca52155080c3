import { LitElement, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { catalog } from '../data/page-catalog.js';
import { VERSION } from '../version.js';
import { emit } from '../events/emit.js';

export type { DataErrorDetail, DataLoadDetail } from '../events/event-map.js';

/**
 * @tagname episode-data
 * @summary Loads a dataset (your own series, in the format of `data/schema.json`) from a JSON
 * file for the other elements on the page. It shows nothing itself; elements whose id is not
 * known yet show "Loading…" until it arrives, then render, or say what could not be loaded.
 *
 * @fires {CustomEvent} ee-data-load - The dataset loaded and was registered (or already had
 *   been). `detail.src` is the element's src. Both events are for the current src only: a load
 *   started for an earlier one fires nothing when it ends. An element removed while loading still
 *   fires.
 * @fires {CustomEvent} ee-data-error - The dataset could not be loaded or is not valid.
 *   `detail.message` says why, naming src as the element has it: a fetch that failed or timed out
 *   (with the resolved URL when it differs), the HTTP status, a UTF-16 file, JSON that does not
 *   parse, or each problem with its JSON path. The same message goes to console.error.
 */
export class EpisodeData extends LitElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: none;
    }
  `;

  #src = '';

  /**
   * URL of the dataset: http(s) or relative to the page; a #fragment is ignored. A file that
   * loaded is fetched once per page, however many elements name it. Setting src again, even to
   * the same value, retries a file that failed.
   * @default ''
   */
  @property()
  get src(): string {
    return this.#src;
  }
  set src(value: string) {
    this.#src = value;
    this.#wanted = true;
    this.#attempt = undefined; // the load under way is no longer this element's to report
    this.requestUpdate(); // even for the same value, which Lit alone would let pass
  }

  /**
   * Seconds the load may take before it fails (e.g. `5` or `0.5`); not a positive number: 30. A
   * load of the same file already under way keeps its own.
   */
  @property({ type: Number }) timeout: number = 30; // catalog.load()'s default, written out for the manifest

  /** Whether a load of src is wanted and not started yet (it starts once connected). */
  #wanted = false;
  /**
   * The load whose outcome this element reports: the last one it started, unless src changed
   * since. Not cleared on removal: an element taken out of the page still hears how its load
   * ended (on itself; the event no longer reaches the document).
   */
  #attempt?: object;

  override connectedCallback(): void {
    super.connectedCallback();
    // Now, not at the first render: elements defined after this one must see the load pending.
    this.#startLoad();
  }

  override willUpdate(): void {
    this.#startLoad();
  }

  override render() {
    return nothing;
  }

  /**
   * Loads src again if it failed (elements waiting for it show "Loading…" meanwhile), then fires
   * `ee-data-load` or `ee-data-error`. A dataset that loaded is not fetched again: `ee-data-load`
   * fires straight away.
   */
  reload(): void {
    this.#wanted = true;
    this.#attempt = undefined;
    this.#startLoad();
  }

  #startLoad(): void {
    const src = this.src;
    if (!this.#wanted || !src || !this.isConnected) return;
    this.#wanted = false;
    const attempt = (this.#attempt = {});
    catalog.load(src, { timeout: this.timeout }).then(
      () => attempt === this.#attempt && emit(this, 'ee-data-load', { src }),
      (error: Error) => {
        if (attempt !== this.#attempt) return;
        console.error(`episode-elements: <episode-data src="${src}">: ${error.message}`);
        emit(this, 'ee-data-error', { src, message: error.message });
      },
    );
  }
}
