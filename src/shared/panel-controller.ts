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
/**
 * Viewports this narrow get a sheet instead of a panel beside the chip: full width less equal
 * margins, at the bottom, at most SHEET_HEIGHT of the viewport tall. (In a media query `em` is
 * the browser's default text size, 16 px unless the reader changed it: 544 px.)
 */
const SHEET_QUERY = '(max-width: 34em)';
const SHEET_HEIGHT = 0.8;

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

/** The page's open panel: opening another closes it. */
let openPanel: PanelController | undefined;

/**
 * The reader's own default text size (`font-size: medium`, which no page style changes), per
 * document: the panel's text follows the chip's, but within bounds of this, so a chip in a heading
 * opens an ordinary panel while a reader who chose large text still gets it.
 */
const readerTextSizes = new WeakMap<Document, string>();
function readerTextSize(panel: HTMLElement): string {
  const doc = panel.ownerDocument;
  let size = readerTextSizes.get(doc);
  if (!size) {
    const probe = doc.createElement('span');
    probe.style.fontSize = 'medium';
    panel.append(probe);
    size = getComputedStyle(probe).fontSize;
    probe.remove();
    readerTextSizes.set(doc, size);
  }
  return size;
}

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
    if (this.#shown && !this.#host.open) this.#focusWasInside ||= this.#focusInside();
  }

  hostUpdated(): void {
    if (this.#host.open && !this.#shown) this.#show();
    else if (!this.#host.open && this.#shown) this.#closed();
  }

  hostDisconnected(): void {
    // A removed or moved element closes its panel; nothing of it may keep listening.
    this.#host.removeEventListener('click', this.#markInside, true);
    this.#host.open = false;
    if (!this.#shown) return;
    this.#stop();
    this.#parts.closed();
  }

  /** The open panel, or null while it is closed. */
  get element(): HTMLElement | null {
    return this.#shown ? this.#parts.panel() : null;
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
    if (openPanel && openPanel !== this) openPanel.#host.open = false;
    const panel = this.#parts.panel();
    const anchor = this.#parts.anchor();
    if (!panel || !anchor) return; // nothing to open (an unknown character)
    this.#shown = true;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one open panel, not a closure's alias
    openPanel = this;
    panel.style.setProperty('--_reader-text', readerTextSize(panel));
    if (supportsPopover) panel.showPopover();
    this.#stopTracking = autoUpdate(anchor, panel, () => (this.#placing = this.#place(anchor, panel)));
    this.#document = this.#host.ownerDocument;
    this.#document.addEventListener('click', this.#onDocumentClick, true);
    this.#document.addEventListener('keydown', this.#onKeyDown, true);
    panel.focus({ preventScroll: true });
    this.#parts.opened();
  }

  #closed(): void {
    this.#stop();
    // Focus was in the panel (now gone), on the chip, or nowhere: bring it back to the anchor.
    // A click that moved it to another control of the page leaves it there.
    const { activeElement, body } = this.#host.ownerDocument;
    // (Without scrolling: a chip scrolled out of sight stays where the reader left it.)
    if (this.#focusWasInside || activeElement === null || activeElement === body) this.#parts.anchor()?.focus({ preventScroll: true });
    this.#focusWasInside = false;
    this.#parts.closed();
  }

  #stop(): void {
    this.#shown = false;
    if (openPanel === this) openPanel = undefined;
    this.#stopTracking?.();
    this.#stopTracking = undefined;
    this.#document?.removeEventListener('click', this.#onDocumentClick, true);
    this.#document?.removeEventListener('keydown', this.#onKeyDown, true);
    this.#document = undefined;
  }

  #markInside = (event: Event) => void this.#inside.add(event);

  /** Whether the focus is in the host's shadow root (the anchor or the panel). (Not `:focus-within`: Chromium does not match it while the focus is in a top-layer popover.) */
  #focusInside = () => !!this.#host.shadowRoot?.activeElement;

  // A click, not pointerdown: by then the browser has moved the focus, so #closed() sees where.
  // Heard in the capture phase, so a page handler that stops the click cannot keep the panel
  // open; decided once the click has been dispatched, after the host has had its chance to mark it.
  #onDocumentClick = (event: Event) => {
    setTimeout(() => {
      if (!this.#inside.has(event)) this.#host.open = false;
    });
  };

  // In the capture phase, so the panel takes its Escape before anything else on the page: a modal
  // <dialog> around the chip (whose close request the cancelled keydown prevents) or a site's own
  // Escape handler. The next Escape is theirs. Only while the focus is in the chip or its panel
  // (or nowhere): with the reader elsewhere, Escape belongs to the page.
  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing || openPanel !== this) return;
    const { activeElement, body } = this.#host.ownerDocument;
    if (!this.#focusInside() && activeElement !== null && activeElement !== body) return;
    event.preventDefault();
    event.stopPropagation();
    this.dismiss();
  };

  async #place(anchor: HTMLElement, panel: HTMLElement): Promise<void> {
    const view = this.#host.ownerDocument.defaultView;
    const viewportHeight = view?.innerHeight ?? 0;
    const zoom = zoomOf(panel);
    const px = (length: number) => `${length / zoom}px`;
    const sheet = !!view?.matchMedia(SHEET_QUERY).matches;
    panel.toggleAttribute('data-sheet', sheet);
    if (sheet) {
      // A sheet stays put while the page scrolls under it: it does not follow or hide with the chip.
      const width = this.#host.ownerDocument.documentElement.clientWidth - 2 * MARGIN;
      panel.style.width = panel.style.maxWidth = px(width);
      panel.style.maxHeight = px(Math.round(viewportHeight * SHEET_HEIGHT));
      panel.style.left = px(MARGIN);
      panel.style.top = px(viewportHeight - MARGIN - panel.getBoundingClientRect().height);
      panel.style.visibility = '';
      return;
    }
    panel.style.width = '';
    const { x, y, middlewareData } = await computePosition(anchor, panel, {
      platform: zoomAware,
      strategy: 'fixed',
      placement: 'bottom-start', // the anchor's inline start: Floating UI mirrors it in right-to-left text
      middleware: [
        offset(GAP),
        flip({ padding: MARGIN }),
        // Along the anchor first (pushed in from the viewport's sides), so that size() then caps
        // the width from where the panel ends up, not from the anchor's inline start.
        shift({ padding: MARGIN }),
        size({
          padding: MARGIN,
          apply({ availableWidth, availableHeight }) {
            panel.style.maxWidth = px(availableWidth);
            panel.style.maxHeight = px(Math.max(availableHeight, Math.min(MIN_HEIGHT, viewportHeight - 2 * MARGIN)));
          },
        }),
        // Then across: with no room on either side, the panel may cover its anchor.
        shift({ padding: MARGIN, mainAxis: false, crossAxis: true }),
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
