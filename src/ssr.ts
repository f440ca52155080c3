/// <reference types="node" />
/**
 * Server rendering (`episode-elements/ssr`, Node only; needs the optional peer dependency
 * `@lit-labs/ssr`). Renders elements to HTML with declarative shadow DOM, so a static-site
 * generator's pages show the content with JavaScript off. Load `episode-elements/hydrate.js` (or
 * the `episode-elements.hydrate.js` CDN file) in the page to make them interactive without
 * re-creating their DOM.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import './all.js';

export { html } from 'lit';
export { catalog, register, toJsonLd } from './data/index.js';

const TAGS = ['episode-card', 'character-chip', 'plot-thread'] as const;
export type RenderableTag = (typeof TAGS)[number];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders a lit `html` template holding any of the elements; resolves to the HTML string. */
export function renderTemplate(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}

/**
 * Renders one element, e.g. `renderElement('episode-card', { episode: 's1e30' })`. Attribute
 * values are escaped; `true` writes a boolean attribute and `false` leaves it out. `text` becomes
 * the element's text content (a chip's visible label).
 */
export function renderElement(tag: RenderableTag, attributes: Record<string, string | number | boolean> = {}, text = ''): Promise<string> {
  if (!TAGS.includes(tag)) throw new Error(`renderElement: "${tag}" is not one of ${TAGS.join(', ')}`);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`renderElement: "${name}" is not an attribute name`);
      return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
  return renderTemplate(html`${unsafeStatic(`<${tag}${attrs}>${escapeText(text)}</${tag}>`)}`);
}
