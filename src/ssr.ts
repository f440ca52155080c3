/// <reference types="node" />
/**
 * Server rendering (`episode-elements/ssr`, Node only; needs the optional peer dependency
 * `@lit-labs/ssr`). Renders elements to HTML with declarative shadow DOM, so a static-site
 * generator's pages show the content with JavaScript off. Load `episode-elements/hydrate.js` (or
 * the `episode-elements.hydrate.js` CDN file) in the page to make them interactive without
 * re-creating their DOM.
 *
 * renderElement's output is made to pass through Markdown untouched (11ty's markdown-it and the
 * like): one line (a block element's start tag on a line of its own), no blank lines, no comment
 * before the element, and text that Markdown would read as syntax written as character
 * references. Styles are linked, not inlined, so the output is small and needs no
 * `style-src 'unsafe-inline'`.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement, TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import './all.js';

export { html } from 'lit';
export { catalog, register, toJsonLd } from './data/index.js';

/** The elements the server renders. */
export const RENDERABLE_TAGS = ['episode-card', 'character-chip', 'plot-thread'] as const;
export type RenderableTag = (typeof RENDERABLE_TAGS)[number];
const TAGS: readonly string[] = RENDERABLE_TAGS;
/** Block elements: their output starts with the start tag alone on its line (see `renderElement`). */
const BLOCKS: readonly string[] = ['episode-card', 'plot-thread'];
/** Attributes every element takes besides its own; plus any `data-*` and `aria-*`. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'slot', 'lang', 'dir', 'title', 'hidden', 'part', 'exportparts'];

export interface RenderOptions {
  /**
   * URL of the folder holding the elements' stylesheets, `episode-card.css`, `character-chip.css`
   * and `plot-thread.css` (in the package's `dist/cdn/`, exported as `episode-elements/cdn/*`).
   * Every server-rendered shadow root links its element's file from there. Default `/assets/`,
   * beside `/assets/episode-elements.hydrate.js`.
   */
  stylesheets?: string;
}

const DEFAULT_STYLESHEETS = '/assets/';

// Line breaks and tabs too: in an attribute, Markdown would end a block at a blank line.
const escapeAttribute = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\n\r\t]/g, (char) => `&#${char.charCodeAt(0)};`);
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's styles as one stylesheet: the text of `dist/cdn/<tag>.css`. */
export function elementStylesheet(tag: RenderableTag): string {
  const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
  return styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/** One renderer class per stylesheet folder, made on first use (an 11ty build renders hundreds of elements). */
const renderers = new Map<string, typeof LitElementRenderer>();
const rendererFor = (base: string) => {
  let renderer = renderers.get(base);
  if (!renderer) renderers.set(base, (renderer = linkingRenderer(base)));
  return renderer;
};

/** A renderer that links our elements' stylesheets from `base` instead of inlining them (a page's own Lit elements keep theirs). */
const linkingRenderer = (base: string) =>
  class LinkedStylesRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const result = super.renderShadow(renderInfo);
      if (!result || result[0] !== '<style>' || !TAGS.includes(this.tagName)) return result;
      // [<style>, ...css texts, </style>, template]: the styles become one <link>.
      const end = result.indexOf('</style>');
      return [`<link rel="stylesheet" href="${escapeAttribute(`${base}${this.tagName}.css`)}">`, ...result.slice(end + 1)];
    }
  };

/**
 * Lit's server output, token by token: raw-text elements (script, style…) and comments whole, Lit's
 * `<?>` marker, tags, and text. (Lit escapes every `<` and `>` in text and attribute values.)
 */
const TOKENS = /<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<\?>|<[^>]*>|[^<]+/gi;

/**
 * Tidies server output: Lit's `<?>` marker becomes the comment `<!--?-->` that the browser parses
 * it as anyway (Markdown would escape `<?>` as text); in tags, runs of spaces left where bindings
 * were become one, and the legacy `shadowroot` attribute that only Chrome 90–110 read goes. With
 * `text`, each text token is rewritten too.
 */
function tidy(output: string, text = (token: string) => token): string {
  return output.replace(TOKENS, (token, rawText: string | undefined) => {
    if (rawText || token.startsWith('<!--')) return token;
    if (token === '<?>') return '<!--?-->';
    if (!token.startsWith('<')) return text(token);
    const spaced = token.replace(/("[^"]*")|\s+/g, (_run, quoted: string | undefined) => quoted ?? ' ').replace(/ >$/, '>');
    return spaced.startsWith('<template ') ? spaced.replace(' shadowroot="open"', '') : spaced;
  });
}

/**
 * Text that Markdown leaves alone and the browser reads the same: `&#39;` as `'`, and what
 * Markdown would read as syntax or as a line break as character references. (Only for output that
 * is all ours, as renderElement's: in a page's own `<pre>` a leading line break would not be the same.)
 */
const markdownText = (text: string) => text.replace(/&#39;/g, "'").replace(/[*_`[\]\\~|\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);

const renderToString = (template: TemplateResult, options: RenderOptions) =>
  collectResult(render(template, { elementRenderers: [rendererFor(options.stylesheets ?? DEFAULT_STYLESHEETS)] }));

/** Renders a lit `html` template holding any of the elements; resolves to the HTML string. */
export async function renderTemplate(template: TemplateResult, options: RenderOptions = {}): Promise<string> {
  return tidy(await renderToString(template, options));
}

/**
 * Renders one element, e.g. `renderElement('episode-card', { episode: 's1e30' })`. Attributes may
 * be the element's own (see its reference) and the global `id`, `class`, `slot`, `lang`, `dir`,
 * `title`, `hidden`, `part`, `exportparts`, `data-*` and `aria-*`; anything else (`on*` handlers,
 * `style`, `autofocus`…) throws an error naming it. Values are escaped; `true` writes a boolean
 * attribute and `false` leaves it out. `text` becomes the element's text content (a chip's
 * visible label).
 */
export async function renderElement(
  tag: RenderableTag,
  attributes: Record<string, string | number | boolean> = {},
  text = '',
  options: RenderOptions = {},
): Promise<string> {
  if (!TAGS.includes(tag)) throw new Error(`renderElement: "${tag}" is not one of ${TAGS.join(', ')}`);
  const own = (customElements.get(tag) as unknown as typeof LitElement).observedAttributes;
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => {
      if (!own.includes(name) && !GLOBAL_ATTRIBUTES.includes(name) && !/^(data|aria)-[a-z0-9-]+$/.test(name)) {
        throw new Error(
          `renderElement: <${tag}> does not take the attribute "${name}". Allowed: ${own.join(', ')}; ` +
            `and ${GLOBAL_ATTRIBUTES.join(', ')}, data-* and aria-*.`,
        );
      }
      return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
  const output = tidy(await renderToString(html`${unsafeStatic(`<${tag}${attrs}>${escapeText(text)}</${tag}>`)}`, options), markdownText);
  // The page-level template's own markers are for hydrating that template, which nothing does
  // (each element hydrates its own shadow root); a leading comment would also end a Markdown block.
  const element = output.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  // A block element's start tag alone on the first line makes it a Markdown HTML block (up to the
  // next blank line: there is none); in a chip, inline, that newline would be slotted text.
  return BLOCKS.includes(tag) ? element.replace(/^(<[^>]*>)/, '$1\n') : element;
}
