/// <reference types="node" />
/**
 * Server rendering (`episode-elements/ssr`, Node only; needs the optional peer dependency
 * `@lit-labs/ssr`). Renders elements to HTML with declarative shadow DOM, so a static-site
 * generator's pages show the content with JavaScript off. Load `episode-elements/hydrate.js` (or
 * the `episode-elements.hydrate.js` CDN file) in the page to make them interactive without
 * re-creating their DOM.
 *
 * The output is made to pass through Markdown untouched (11ty's markdown-it and the like): one
 * line, no blank lines, no comment before the element, and text that Markdown would read as
 * syntax written as character references. Styles are linked, not inlined, so the output is small
 * and needs no `style-src 'unsafe-inline'`.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement, TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import './all.js';

export { html } from 'lit';
export { catalog, register, toJsonLd } from './data/index.js';

const TAGS = ['episode-card', 'character-chip', 'plot-thread'] as const;
export type RenderableTag = (typeof TAGS)[number];
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

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's styles as one stylesheet: the text of `dist/cdn/<tag>.css`. */
export function elementStylesheet(tag: RenderableTag): string {
  const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
  return styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/** A renderer that links each shadow root's stylesheet from `base` instead of inlining it. */
const rendererFor = (base: string) =>
  class LinkedStylesRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const result = super.renderShadow(renderInfo);
      if (!result || result[0] !== '<style>') return result;
      // [<style>, ...css texts, </style>, template]: the styles become one <link>.
      const end = result.indexOf('</style>');
      return [`<link rel="stylesheet" href="${escapeAttribute(`${base}${this.tagName}.css`)}">`, ...result.slice(end + 1)];
    }
  };

/**
 * Tidies Lit's server output into HTML that Markdown leaves alone, byte for byte, and that the
 * browser parses into the same DOM:
 * - Lit's `<?>` marker (which Markdown escapes as text) becomes the comment `<!--?-->` that the
 *   browser parses it as anyway;
 * - in text, `&#39;` becomes `'`, and characters Markdown would read as syntax or as a line break
 *   become character references;
 * - in tags, runs of spaces (left where bindings were) become one, and the legacy `shadowroot`
 *   attribute that only Chrome 90–110 read goes.
 * (Every `<` and `>` in text and attribute values is escaped, so each `<…>` is a tag or comment.)
 */
function tidy(output: string): string {
  return output.replace(/<\?>|(<[^>]*>)|([^<]+)/g, (_match, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const spaced = tag.replace(/("[^"]*")|\s+/g, (_run, quoted: string | undefined) => quoted ?? ' ').replace(/ >$/, '>');
      return spaced.startsWith('<template ') ? spaced.replace(' shadowroot="open"', '') : spaced;
    }
    if (text === undefined) return '<!--?-->';
    return text.replace(/&#39;/g, "'").replace(/[*_`[\]\\~|\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
  });
}

/** Renders a lit `html` template holding any of the elements; resolves to the HTML string. */
export async function renderTemplate(template: TemplateResult, options: RenderOptions = {}): Promise<string> {
  const elementRenderers = [rendererFor(options.stylesheets ?? DEFAULT_STYLESHEETS)];
  return tidy(await collectResult(render(template, { elementRenderers })));
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
  const output = await renderTemplate(html`${unsafeStatic(`<${tag}${attrs}>${escapeText(text)}</${tag}>`)}`, options);
  // The page-level template's own markers are for hydrating that template, which nothing does
  // (each element hydrates its own shadow root); a leading comment would also end a Markdown block.
  const element = output.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  // A block element's start tag alone on the first line makes it a Markdown HTML block (up to the
  // next blank line: there is none); in a chip, inline, that newline would be slotted text.
  return BLOCKS.includes(tag) ? element.replace(/^(<[^>]*>)/, '$1\n') : element;
}
