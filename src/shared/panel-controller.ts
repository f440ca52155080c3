import { autoUpdate, computePosition, flip, hide, offset, platform, shift, size, type Platform } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element with a panel that opens next to one of its own parts (the chip's details). */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the panel is open; the host renders the panel only while it is. */
  open: boolean;
}

export interface PanelParts {
  /** The part the panel opens next to, and that gets the focus back when it closes. */
  anchor(): HTMLElement | null;
  /** The rendered panel (null while closed, or when there is nothing to show). */
  panel(): HTMLElement | null;
  /** Called once the panel is shown and placed (the host fires its event here). */
  opened(): void;
  /** Called once the panel has closed. */
  closed(): void;
}

/** Room kept between the panel and the viewport's edges, and between the panel and its anchor (px). */
const MARGIN = 8;
const GAP = 6;
/** Below this much room on both sides, the panel may cover its anchor rather than be squeezed (px). */
const MIN_HEIGHT = 160;

const supportsPopover = typeof HTMLElement !== 'undefined' && Object.hasOwn(HTMLElement.prototype, 'popover');

/**
 * CSS `zoom` on an ancestor zooms the panel too (in Chromium and Firefox, even in the top layer),
 * while its styles stay in unzoomed px. Floating UI measures the anchor as the reader sees it, so
 * the panel is measured that way as well, and the coordinates it gets are divided back.
 * (`currentCSSZoom` is 1 or absent where the top layer is not zoomed, as in WebKit.)
 */
const zoomOf = (element: Element) => (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
const zoomAware: Platform = {
  ...platform,
  async getDimensions(element) {
    const { width, height } = await platform.getDimensions(element);
    const zoom = zoomOf(element);
    return { width: width * zoom, height: height * zoom };
  },
};

/** The open panels of the page, the last opened last: only the top one answers Escape. */
const stack: PanelController[] = [];

/**
 * Everything a floating panel does, in one place: one open panel per page; closing on Escape, on a
 * click outside and on the close button, with focus returned to the anchor; placement next to the
 * anchor inside the viewport (Floating UI: flips to the roomier side, shifts in from the edges,
 * caps its size and scrolls, hides while the anchor is scrolled out of sight) and tracking of
 * scrolling, resizing and layout changes while open.
 *
 * The panel is a manual popover, so it sits in the top layer above transformed, clipped or
 * `z-index`ed ancestors and inside a modal `<dialog>`.
 */
export class PanelController implements ReactiveController {
  readonly #host: PanelHost;
  readonly #parts: PanelParts;
  /** Whether the panel is shown (it lags `host.open` until the render after a change). */
  #shown = false;
  /** Whether the focus was inside the host when it started closing. */
  #focusWasInside = false;
  #stopTracking?: () => void;
  /** The document whose clicks and keys the open panel listens to (the host may move since). */
  #document?: Document;
  /** The latest placement (Floating UI computes asynchronously, within the same task). */
  #placing: Promise<void> = Promise.resolve();
  /** Clicks that passed through the host (even inside a closed shadow root): not outside clicks. */
  #inside = new WeakSet<Event>();

  constructor(host: PanelHost, parts: PanelParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  hostConnected(): void {
    // Always, not only while open: the click that opens the panel is still on its way to the
    // document when the panel opens, and must not count as a click outside.
    this.#host.addEventListener('click', this.#markInside, true);
  }

  hostUpdate(): void {
    // Before the render that removes the panel (and with it, maybe, the focus).
    if (this.#shown && !this.#host.open) this.#focusWasInside ||= this.#host.matches(':focus-within');
  }

  hostUpdated(): void {
    if (this.#host.open && !this.#shown) this.#show();
    else if (!this.#host.open && this.#shown) this.#closed();
  }

  hostDisconnected(): void {
    // A removed or moved element closes its panel; nothing of it may keep listening.
    this.#host.removeEventListener('click', this.#markInside, true);
    if (this.#shown) this.#stop();
    this.#host.open = false;
  }

  /** Settles once the open panel is placed; the host adds it to its `updateComplete`. */
  get placed(): Promise<void> {
    return this.#placing;
  }

  /** Closes the panel and puts the focus back on the anchor. */
  dismiss(): void {
    this.#focusWasInside = true;
    this.#host.open = false;
  }

  #show(): void {
    for (const other of [...stack]) if (other !== this) other.#host.open = false;
    const panel = this.#parts.panel();
    const anchor = this.#parts.anchor();
    if (!panel || !anchor) return; // nothing to open (an unknown character)
    this.#shown = true;
    stack.push(this);
    if (supportsPopover) panel.showPopover();
    this.#stopTracking = autoUpdate(anchor, panel, () => (this.#placing = this.#place(anchor, panel)));
    this.#document = this.#host.ownerDocument;
    this.#document.addEventListener('click', this.#onDocumentClick);
    this.#document.addEventListener('keydown', this.#onKeyDown, true);
    panel.focus({ preventScroll: true });
    this.#parts.opened();
  }

  #closed(): void {
    this.#stop();
    // Focus was in the panel (now gone), on the chip, or nowhere: bring it back to the anchor.
    // A click that moved it to another control of the page leaves it there.
    const { activeElement, body } = this.#host.ownerDocument;
    if (this.#focusWasInside || activeElement === null || activeElement === body) this.#parts.anchor()?.focus();
    this.#focusWasInside = false;
    this.#parts.closed();
  }

  #stop(): void {
    this.#shown = false;
    const index = stack.indexOf(this);
    if (index >= 0) stack.splice(index, 1);
    this.#stopTracking?.();
    this.#stopTracking = undefined;
    this.#document?.removeEventListener('click', this.#onDocumentClick);
    this.#document?.removeEventListener('keydown', this.#onKeyDown, true);
    this.#document = undefined;
  }

  #markInside = (event: Event) => void this.#inside.add(event);

  // A click, not pointerdown: by then the browser has moved the focus, so #closed() sees where.
  #onDocumentClick = (event: Event) => {
    if (!this.#inside.has(event)) this.#host.open = false;
  };

  // In the capture phase, so the top panel takes its Escape before anything else on the page: a
  // modal <dialog> around the chip (whose close request the cancelled keydown prevents) or a
  // site's own Escape handler. The next Escape is theirs.
  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing || stack.at(-1) !== this) return;
    event.preventDefault();
    event.stopPropagation();
    this.dismiss();
  };

  async #place(anchor: HTMLElement, panel: HTMLElement): Promise<void> {
    const viewportHeight = this.#host.ownerDocument.defaultView?.innerHeight ?? 0;
    const zoom = zoomOf(panel);
    const px = (length: number) => `${length / zoom}px`;
    const { x, y, middlewareData } = await computePosition(anchor, panel, {
      platform: zoomAware,
      strategy: 'fixed',
      placement: 'bottom-start', // the anchor's inline start: Floating UI mirrors it in right-to-left text
      middleware: [
        offset(GAP),
        flip({ padding: MARGIN }),
        size({
          padding: MARGIN,
          apply({ availableWidth, availableHeight }) {
            panel.style.maxWidth = px(availableWidth);
            panel.style.maxHeight = px(Math.max(availableHeight, Math.min(MIN_HEIGHT, viewportHeight - 2 * MARGIN)));
          },
        }),
        shift({ padding: MARGIN, crossAxis: true }),
        hide(),
      ],
    });
    panel.style.left = px(x);
    panel.style.top = px(y);
    // Its anchor scrolled out of sight (in the page or in a scrolling box): the panel waits,
    // hidden, rather than float over the page pointing at nothing.
    panel.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
  }
}
