import { adoptStyles, LitElement, render, supportsAdoptingStyleSheets, type CSSResultOrNative, type PropertyValues } from 'lit';
import { asOnTheServer, installedHydration, litHydrationPatched } from './hydration.js';
import { warnOnce } from './warn.js';

/**
 * How long first renders may run in one task before the rest wait for the next one. A page with
 * hundreds of tags upgrades them all at once when the bundle defines them; rendering them in one
 * go is a single long task that blocks input (300 mixed elements took 160 ms here). Slices keep
 * each task under the 50 ms long-task line, with room for the work around them.
 *
 * Between slices the browser lays out and paints what has rendered so far, and on a long page that
 * costs more with every frame. A slice therefore runs as long as the pause before it, between
 * MIN_SLICE_MS and MAX_SLICE_MS, which keeps the browser's share near half where it can (3,000
 * elements here: 4.4 s, against 8 s with fixed 12 ms slices).
 */
const MIN_SLICE_MS = 12;
const MAX_SLICE_MS = 40;

interface FirstRender {
  element: Element;
  run: () => void;
}

let queue: FirstRender[] = [];
let next = 0;
let pumping = false;

/** A macrotask without setTimeout's 4 ms clamp for nested timers. */
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
if (channel) channel.port1.onmessage = () => pump();
// In Node (server rendering) an open port would keep the process alive.
(channel?.port1 as { unref?: () => void } | undefined)?.unref?.();
const nextTask = () => (channel ? channel.port2.postMessage(null) : setTimeout(() => pump()));

/**
 * Whether the element's box (its fallback content, before its first render) is on screen. One
 * with no box at all (`display: none` around it, a hidden frame) shows nothing yet, nor does one
 * beside the screen (a carousel's next slides): both can wait for their slice. (A host styled
 * `display: contents` has no box of its own either, but what it renders will: it cannot wait.)
 */
const inViewport = (element: Element) => {
  const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
  if (!width && !height && !element.getClientRects().length) return element.ownerDocument.defaultView?.getComputedStyle(element).display === 'contents';
  return bottom >= 0 && top <= innerHeight && right >= 0 && left <= innerWidth;
};

/**
 * Starts a batch: what is on screen renders now, in this task, whatever its cost, so the reader's
 * first frame is complete and nothing in view shifts afterwards; the rest follows in document
 * order, a slice per task.
 *
 * Finding what is on screen takes rounds. Unrendered tags are often empty, so at first all of
 * them look on screen, and each render pushes the ones after it down. A round reads queued
 * elements' positions in order until it has found its number of elements on screen (one layout:
 * reads after the first are free until the next render) and renders those. The next round is
 * four times as large, or as large as the space left on screen suggests (at the density of what
 * has rendered so far), whichever is smaller. So a batch lays out the page a few times, about
 * log₄(elements on screen), not once per element (1,000 empty chips in one paragraph took 364
 * layouts and seconds; now about a dozen), and renders few elements beyond the first screen, all
 * before the first paint.
 */
function startBatch(): void {
  const start = performance.now();
  let rendered = 0;
  let top = Infinity;
  for (let round = 1; ;) {
    const now: FirstRender[] = [];
    for (const entry of queue) {
      if (inViewport(entry.element)) now.push(entry);
      if (now.length === round) break;
    }
    if (!now.length) break;
    const taken = new Set(now);
    queue = queue.filter((entry) => !taken.has(entry));
    now.forEach((entry) => entry.run());
    rendered += now.length;
    // Where the rendered elements reach (this read is the layout the next round would force).
    let bottom = -Infinity;
    for (const { element } of now) {
      const box = element.getBoundingClientRect();
      top = Math.min(top, Math.max(0, box.top));
      bottom = Math.max(bottom, box.bottom);
    }
    const fit = bottom < innerHeight ? Math.ceil((rendered * (innerHeight - bottom)) / Math.max(bottom - top, 1)) : 1;
    round = Math.max(1, Math.min(round * 4, fit));
  }
  pump(start);
}

/** When the last slice ended, to time the pause before the next. */
let lastSliceEnd = 0;

/** Renders in queue order until the slice that began at `start` has used its budget. */
function pump(start = performance.now()): void {
  const pause = lastSliceEnd ? start - lastSliceEnd : 0;
  const budget = Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, pause));
  while (next < queue.length) {
    if (performance.now() - start > budget) {
      lastSliceEnd = performance.now();
      return void nextTask();
    }
    queue[next++].run();
  }
  lastSliceEnd = 0;
  queue = [];
  next = 0;
  pumping = false;
}

/**
 * Queues `render` (the first render of `element`) for the current batch. The promise settles when
 * it has run, rejecting with what it threw.
 */
export function renderInSlice(element: Element, render: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const run = () => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    queue.push({ element, run });
    if (!pumping) {
      pumping = true;
      // A microtask, so every element upgraded in this task has queued before the batch starts.
      queueMicrotask(startBatch);
    }
  });
}

/** ReactiveElement's update (it reflects attributes), which LitElement.update calls before rendering. */
const reactiveUpdate = (Object.getPrototypeOf(LitElement.prototype) as { update(changed: PropertyValues): void }).update;

/**
 * A constructed stylesheet can only be adopted in the document that constructed it, so an element
 * moved into another document (an iframe's) gets copies made there, one per sheet and document.
 */
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function sheetIn(style: CSSResultOrNative, doc: Document): CSSStyleSheet | undefined {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!own || view === window) return own;
  if (!view) return undefined; // a document without a window renders nothing
  let sheets = sheetsByDocument.get(doc);
  if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    // The source text, not the rules' cssText: shorthands with var() do not survive re-serialising.
    sheet.replaceSync(style instanceof CSSStyleSheet ? [...own.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * The base of every element: its first render waits its turn in the batches above; later updates
 * (a click, a changed attribute) render at once, as in any LitElement. Elements inside another
 * element's shadow root (the chips in a card) render with it, so a card never shows half-built.
 * `updateComplete` still resolves after the render.
 *
 * Over server-rendered DOM (a declarative shadow root), the first render hydrates it when Lit's
 * hydration support is loaded, in the server's view of the element (see shared/hydration.ts), then
 * renders again with the page around it; if hydration finds DOM it did not expect, it renders
 * afresh. Without hydration support, the first render replaces the server's DOM: rendering next to
 * it would show everything twice.
 * @internal
 */
export class SlicedElement extends LitElement {
  /** What the first render does with server-rendered DOM in the shadow root: Lit hydrates it, or this class replaces or hydrates it. */
  #server: 'none' | 'lit hydrates' | 'ours' = 'none';
  /** The server's nodes, for the first render to remove when nothing hydrates them. */
  #serverNodes: ChildNode[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Rendering now, inside the parent's render, puts the cost in the parent's slice (Lit alone
    // would render it in a later microtask, after the slice's clock was read). A server-rendered
    // child waits for its parent to hydrate first (the parent removes `defer-hydration`).
    if (!this.hasUpdated && this.getRootNode() instanceof ShadowRoot && !this.hasAttribute('defer-hydration')) this.performUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.shadowRoot;
    // Patched by Lit's hydration support, LitElement takes a server-rendered root for hydration
    // (and adopts no styles, leaving them to the server's <link>: adopt them anyway).
    const litHydrates = server !== null && litHydrationPatched();
    // In another document (an iframe's), Lit's adoption of this document's sheets would throw.
    const foreign = this.ownerDocument !== document;
    const root = foreign && !litHydrates ? (server ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions)) : super.createRenderRoot();
    if (litHydrates || foreign) this.#adoptStyles(root as ShadowRoot);
    if (server) {
      this.#serverNodes = [...server.childNodes];
      delete this.renderOptions.renderBefore; // unpatched, Lit would render in front of the server's nodes
    }
    this.#server = !server ? 'none' : litHydrates ? 'lit hydrates' : 'ours';
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this.#server === 'none' || this.hasUpdated) return super.update(changed);
    const serverNodes = this.#serverNodes;
    this.#serverNodes = [];
    // Lit has no hydration support here: either the hydrating entry loaded after this element was
    // defined (a bundler put the definitions in a chunk that ran first), and then this element
    // hydrates itself with the function that entry handed over; or there is none, and the first
    // render replaces the server's DOM (rendering next to it would show everything twice).
    const hydrate = this.#server === 'ours' ? installedHydration() : undefined;
    if (this.#server === 'ours' && !hydrate) {
      serverNodes.forEach((node) => node.remove());
      return super.update(changed);
    }
    try {
      asOnTheServer(this, () => {
        if (!hydrate) return super.update(changed);
        const value = this.render();
        reactiveUpdate.call(this, changed); // what LitElement.update does besides rendering
        hydrate(value, this.renderRoot, this.renderOptions);
      });
    } catch (error) {
      // The server's DOM has another structure than this element renders (another template: an
      // id the server resolved differently, other attributes). Differing text alone goes unseen:
      // hydration does not compare text, so such text stays as the server wrote it.
      warnOnce(this, `episode-elements: <${this.localName}> could not adopt its server-rendered content and rendered it again (${(error as Error).message}).`);
      this.renderRoot.replaceChildren();
      delete (this.renderRoot as { _$litPart$?: unknown })._$litPart$;
      if (!supportsAdoptingStyleSheets) this.#adoptStyles(this.renderRoot as ShadowRoot);
      render(this.render(), this.renderRoot, this.renderOptions);
    }
    // Now with the page around it: an ancestor's spoilers or series, a chip's slotted text.
    queueMicrotask(() => this.requestUpdate());
  }

  /** Moved into another document: the same styles, adopted as that document's own sheets. */
  adoptedCallback(): void {
    if (this.shadowRoot && this.ownerDocument.defaultView && supportsAdoptingStyleSheets) this.#adoptStyles(this.shadowRoot);
  }

  /** Adopts the element's styles in `root`, as sheets of the element's current document. */
  #adoptStyles(root: ShadowRoot): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    if (!supportsAdoptingStyleSheets) return adoptStyles(root, styles); // <style> elements, which move along
    root.adoptedStyleSheets = styles.map((style) => sheetIn(style, this.ownerDocument)).filter((sheet): sheet is CSSStyleSheet => !!sheet);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.getRootNode() instanceof ShadowRoot) return super.scheduleUpdate();
    return renderInSlice(this, () => super.scheduleUpdate());
  }
}
