import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import backstageJson from '../data/backstage.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import type { ElementErrorDetail } from '../src/events/event-map.js';

/** A fresh, mutable copy of the bundled dataset. */
export const backstage = (): Dataset => structuredClone(backstageJson) as Dataset;

/**
 * What the bundled data holds for one episode, counted from data/backstage.json itself (so a test
 * does not pin today's 17 characters and 11 storylines): its beats, their storylines, and its cast
 * (the beats' characters and their storylines' characters).
 */
export function bundledEpisode(episodeId: string) {
  const data = backstage();
  const beats = data.beats.filter((b) => b.episode === episodeId);
  const threads = new Set(beats.flatMap((b) => b.threads));
  const cast = new Set(beats.flatMap((b) => b.characters));
  for (const t of data.threads) if (threads.has(t.id)) t.characters.forEach((c) => cast.add(c));
  return { beats: beats.length, threads: threads.size, characters: cast.size };
}

/** The message a call throws (fails the test if it does not throw). */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

/** Replaces console.warn while `fn` runs and returns what was logged. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let serial = 0;

/**
 * A small dataset of a made-up series whose ids are unique on every call (the catalog is
 * page-wide, so each test registers under fresh ids). `text(slot)` supplies each string field.
 */
export function makeSeries(
  text: (slot: string) => string = (slot) => `Text for ${slot}`,
  size = { characters: 3, threads: 2, beats: 4 },
): { dataset: Dataset; ids: { series: string; episode: string } } {
  const p = `t${++serial}`;
  const characters = Array.from({ length: size.characters }, (_, i) => ({
    id: `${p}-c${i}`,
    name: text(`character ${i} name`),
    role: text(`character ${i} role`),
    aliases: [{ name: text(`character ${i} alias`), inferred: true as const, reason: text(`character ${i} alias reason`) }],
    groups: [{ group: `${p}-g0` }],
    description: text(`character ${i} description`),
  }));
  const beats = Array.from({ length: size.beats }, (_, i) => ({
    id: `${p}-b${i}`,
    episode: `${p}-e1`,
    summary: text(`beat ${i} summary`),
    characters: [characters[i % size.characters].id],
    threads: [`${p}-th${i % size.threads}`],
    quote: { text: text(`beat ${i} quote`), medium: text(`beat ${i} medium`) },
  }));
  const threads = Array.from({ length: size.threads }, (_, i) => ({
    id: `${p}-th${i}`,
    title: text(`thread ${i} title`),
    premise: text(`thread ${i} premise`),
    characters: [characters[i % size.characters].id],
    beats: beats.filter((b) => b.threads[0] === `${p}-th${i}`).map((b) => b.id),
    outcome: text(`thread ${i} outcome`),
    status: 'ongoing' as const,
  }));
  const dataset: Dataset = {
    formatVersion: 1,
    series: [{ id: `${p}-series`, title: text('series title') }],
    episodes: [
      {
        id: `${p}-e1`,
        series: `${p}-series`,
        season: 2,
        number: 7,
        title: text('episode title'),
        setting: text('episode setting'),
        logline: text('episode logline'),
      },
    ],
    characters,
    groups: [{ id: `${p}-g0`, name: text('group name'), kind: text('group kind'), description: text('group description') }],
    threads,
    beats,
    relationships: [{ characters: [characters[0].id, characters[1].id], kind: 'friendship', summary: text('relationship summary'), asOf: `${p}-e1` }],
  };
  return { dataset, ids: { series: `${p}-series`, episode: `${p}-e1` } };
}

/** Every element in `root` and in the shadow roots nested inside it. */
export function deepElements(root: ParentNode): Element[] {
  const all: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    all.push(el);
    if (el.shadowRoot) all.push(...deepElements(el.shadowRoot));
  }
  return all;
}

/** Text of `root` including every nested shadow root (what a reader can see, more or less). */
export function deepText(root: ParentNode): string {
  let text = root.textContent ?? '';
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) text += `\n${deepText(el.shadowRoot)}`;
  return text;
}

/** Waits until `el` and every Lit element nested in it (at any shadow depth) has rendered. */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending = [el, ...deepElements(el.shadowRoot ?? el)]
      .map((e) => (e as Partial<{ updateComplete: Promise<boolean> }>).updateComplete)
      .filter((p): p is Promise<boolean> => p !== undefined);
    const results = await Promise.all(pending);
    // updateComplete resolves false when another update was queued meanwhile: go round again.
    if (results.every(Boolean)) return;
  }
}

/** Collapsed text content of an element (or '' for null). */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element with `part` in `el`'s shadow root. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** All elements with `part` in `el`'s shadow root. */
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** A real mouse click in the middle of `target` (scrolled into view first). */
export async function clickCentre(target: Element) {
  const { sendMouse } = await import('@web/test-runner-commands');
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Only the Chromium launcher speaks the DevTools protocol that emulateMedia() needs. */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent); // also "HeadlessChrome/"

/** How framedPage writes the page around its body. */
export interface PageShape {
  /** Without a doctype the page is in quirks mode. */
  doctype?: boolean;
  /** Attributes of the <html> element, e.g. `style="font-size: 62.5%"`. */
  html?: string;
  /** The <body>'s style. */
  bodyStyle?: string;
}

/**
 * A `width` × `height` viewport in every engine: an iframe whose page loads the built CDN bundle
 * (as a blog would) around `body`, after the classic script `beforeBundle`. Resolves once the
 * elements are defined and rendered.
 */
export async function framedPage(width: number, height: number, body: string, beforeBundle = '', shape: PageShape = {}): Promise<Document> {
  const { doctype = true, html = '', bodyStyle = 'margin: 0; font: 16px/1.5 serif' } = shape;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const page = `${doctype ? '<!doctype html>' : ''}<html ${html}><body style="${bodyStyle}">${body}
    <script>${beforeBundle}</script>
    <script type="module" src="${location.origin}/dist/cdn/episode-elements.js"></script></body></html>`;
  // A srcdoc page is never in quirks mode, whatever its doctype; a blob: page is what it says.
  if (doctype) frame.srcdoc = page;
  else frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(['episode-card', 'character-chip', 'plot-thread'].map((tag) => win.customElements.whenDefined(tag)));
  await settle(frame.contentDocument!.body);
  return frame.contentDocument!;
}

/**
 * For framedPage's `beforeBundle`: records the frame's console.error and console.warn calls (as
 * `window.__errors` and `window.__warnings`) from before the bundle loads.
 */
export const RECORD_CONSOLE = `window.__errors = []; window.__warnings = [];
  const error = console.error, warn = console.warn;
  console.error = (...a) => { window.__errors.push(a.join(' ')); error(...a); };
  console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn(...a); };`;

/** A framed page's window with what RECORD_CONSOLE collected. */
export type Recorded = Window & { __errors: string[]; __warnings: string[] };

/**
 * For framedPage's `beforeBundle`: records the `src` of every ee-data-load and the message of
 * every ee-data-error in the frame (`window.__loaded`, `window.__failed`) from before the bundle
 * runs, so a test never waits for an event that fired before it could listen.
 */
export const RECORD_LOADS = `window.__loaded = []; window.__failed = [];
  document.addEventListener('ee-data-load', (e) => window.__loaded.push(e.detail.src));
  document.addEventListener('ee-data-error', (e) => window.__failed.push(e.detail.message));`;
/** A framed page's window with what RECORD_LOADS collected. */
export type Loads = Window & { __loaded: string[]; __failed: string[] };

/** For framedPage's `beforeBundle`: records the detail of every ee-error in the frame (`window.__elementErrors`) from the start. */
export const RECORD_ELEMENT_ERRORS = `window.__elementErrors = [];
  document.addEventListener('ee-error', (e) => window.__elementErrors.push(e.detail));`;
/** A framed page's window with what RECORD_ELEMENT_ERRORS collected. */
export type ElementErrors = Window & { __elementErrors: ElementErrorDetail[] };

/** A query parameter no other test or run has used, so the test server counts this test's requests alone. */
export const fresh = () => `n=${Math.random().toString(36).slice(2)}`;

/** How often the test server was asked for `url` (path and query; fixtureData in web-test-runner.config.js). */
export const hits = async (url: string): Promise<number> => Number(await (await fetch(`/__hits?url=${encodeURIComponent(url)}`)).text());

/** The made-up fixture series (tests/fixtures/harbour-lights.json) as served text. */
export const harbourLightsJson = async (): Promise<string> => (await fetch('/tests/fixtures/harbour-lights.json')).text();

/** A page's dataset block, `<script type="application/json" data-episode-elements>`, holding `json`. */
export const dataBlock = (json: string, id = '') => `<script type="application/json" data-episode-elements${id ? ` id="${id}"` : ''}>${json}</script>`;

/**
 * Waits until `condition` holds, polling every 20 ms, for up to 10 s (generous: a busy 2-core
 * machine loading a page in WebKit); fails with `what` if it never does.
 */
export const until = (condition: () => boolean, what: string) => waitUntil(condition, what, { interval: 20, timeout: 10_000 });

/** Loads `src` in an iframe of the given size (CSS px) and resolves to its document once loaded. */
export async function loadFrame(src: string, width: number, height: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/**
 * On a narrow screen a chip's open panel is a sheet: full width less equal 8 px margins, 8 px
 * above the bottom, at most 80% of the viewport tall, visible.
 */
export function expectSheet(chip: Element, label: string) {
  const viewport = chip.ownerDocument.defaultView!.visualViewport!;
  const p = part(chip, 'panel')!.getBoundingClientRect();
  const where = `${label}: sheet ${JSON.stringify(p)}, viewport ${viewport.width}×${viewport.height}`;
  expect(p.left, where).to.be.closeTo(8, 0.5);
  expect(viewport.width - p.right, `${where}: equal margins`).to.be.closeTo(p.left, 0.5);
  expect(viewport.height - p.bottom, where).to.be.closeTo(8, 0.5);
  expect(p.height, where).to.be.at.most(viewport.height * 0.8 + 0.5);
  expect(getComputedStyle(part(chip, 'panel')!).visibility, where).to.equal('visible');
}

/** Whether `node` takes up room on screen (an element, or the text of a light-DOM node as slotted), in any document. */
export function onScreen(node: Node | null | undefined): boolean {
  if (!node) return false;
  const range = node.ownerDocument!.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect().width > 0;
}

/** A real mouse click at (x, y) in the viewport of `doc` (a framed page or this one). */
export async function clickAt(doc: Document, x: number, y: number) {
  const { sendMouse } = await import('@web/test-runner-commands');
  const frame = doc.defaultView!.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  await sendMouse({ type: 'click', position: [Math.round(frame.left + x), Math.round(frame.top + y)] });
}

/** The two ways every element suite runs: rendered in the browser, and server-rendered then hydrated. */
export type RenderMode = 'client' | 'hydrated';
export const RENDER_MODES: RenderMode[] = ['client', 'hydrated'];

const hydratedContainers: Element[] = [];
afterEach(() => hydratedContainers.splice(0).forEach((container) => container.remove()));

/**
 * `template` as the server renders it (episode-elements/ssr, built from src/), inserted into the
 * page and hydrated; resolves to its first element once everything has settled. Fails the test if
 * hydration did not adopt the server's DOM (the elements then warn that they rendered again) or
 * threw. The test file must import './support/hydration-support.js' first (so its client mode,
 * too, runs with Lit's hydration support loaded: the plain path is what the framed pages test).
 * Property and event bindings in `template` are lost on the way: use attributes.
 */
export async function hydratedFixture<T extends Element>(template: TemplateResult): Promise<T> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const scratch = document.createElement('div');
  render(template, scratch);
  const html = await executeServerCommand<string, { markup: string; stylesheets: string }>('ssr-render', {
    markup: scratch.innerHTML,
    stylesheets: '/dist/cdn/',
  });
  const container = document.createElement('div');
  container.setHTMLUnsafe(html);
  // Every part as the server rendered it, in every shadow root: hydration must keep these very nodes.
  const serverParts = deepElements(container)
    .filter((el) => el.shadowRoot)
    .flatMap((host) => [...host.shadowRoot!.querySelectorAll('[part]')].map((node) => [host, node] as const));
  const problems: string[] = [];
  const warn = console.warn;
  const onError = (event: ErrorEvent) => problems.push(String(event.error ?? event.message));
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes('server-rendered content')) problems.push(message);
    warn(...args);
  };
  window.addEventListener('error', onError);
  try {
    hydratedContainers.push(container);
    document.body.append(container);
    await settle(container);
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
  }
  if (problems.length) throw new Error(`hydration failed: ${problems.join('; ')}`);
  const replaced = serverParts.filter(([host, node]) => !host.shadowRoot!.contains(node));
  if (replaced.length)
    throw new Error(
      `hydration replaced server-rendered parts: ${[...new Set(replaced.map(([host, node]) => `<${host.localName}> ${node.getAttribute('part')}`))].join(', ')}`,
    );
  return container.firstElementChild as T;
}

/** `fixture` of @open-wc/testing in client mode; hydratedFixture in hydrated mode. */
export const fixtureFor =
  (mode: RenderMode) =>
  <T extends Element>(template: TemplateResult): Promise<T> =>
    mode === 'client' ? fixture<T>(template) : hydratedFixture<T>(template);
