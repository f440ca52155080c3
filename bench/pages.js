// The benchmark's pages: N mixed elements loading the CDN bundle, and the same visible content as
// static HTML. The static page is generated from the elements' own rendered output (see
// flattenInPage), so both pages show the same thing and differ only in how it gets there.
import data from '../data/backstage.json' with { type: 'json' };

const threads = data.threads.map((t) => t.id);
const characters = data.characters.map((c) => c.id);

/** Page chrome shared by both pages: a blog-like text column. */
const PAGE_CSS = `body { margin: 0; font: 16px/1.6 Georgia, serif; color: #222; background: #fff }
main { max-width: 44rem; margin: 0 auto; padding: 1rem }
main > episode-card, main > plot-thread { display: block; margin: 1rem 0 }`;

/**
 * N elements in units of five: an episode card, a paragraph with three character chips, and a
 * plot thread. Variants alternate (full and compact), ids cycle through the data.
 */
export function mixedBody(n) {
  const parts = [];
  for (let i = 0; parts.length < n; i++) {
    const chip = (k) => `<character-chip character="${characters[(i * 3 + k) % characters.length]}"></character-chip>`;
    parts.push(`<episode-card episode="s1e30" variant="${i % 2 ? 'compact' : 'full'}"></episode-card>`);
    for (const k of [0, 1, 2]) if (parts.length < n) parts.push(chip(k));
    if (parts.length < n) parts.push(`<plot-thread thread="${threads[i % threads.length]}" variant="${i % 2 ? 'full' : 'compact'}"></plot-thread>`);
  }
  // Chips sit in running text, the others stand as blocks.
  return parts.join('\n').replace(/((?:<character-chip[^>]*><\/character-chip>\n?)+)/g, (chips) => {
    const [a, b, c] = chips.trim().split('\n');
    return `<p>In this scene ${a ?? ''} talks it over with ${b ?? 'nobody'}, while ${c ?? 'the rest'} looks on.</p>\n`;
  });
}

/**
 * Runs when the bundle has defined the elements: waits for every element's first render, forces
 * layout, and stamps the time since navigation start.
 */
const ELEMENTS_DONE = `<script type="module">
  const tags = ['episode-card', 'character-chip', 'plot-thread'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  // Elements inside a card render during the card's render, so the page's own tags suffice here.
  await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
  document.body.offsetHeight;
  window.benchDone = performance.now();
  // Checked after the stamp, so the check's own cost is not timed: anything not rendered yet?
  const all = (root) => [...root.querySelectorAll(tags.join())].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  window.benchUnrendered = all(document).filter((el) => !el.hasUpdated).length;
</script>`;

/** The static page is done once the parser reaches its end and layout is forced. */
const STATIC_DONE = `<script>document.body.offsetHeight; window.benchDone = performance.now();</script>`;

const page = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${PAGE_CSS}</style>${head}</head>
<body><main>
${body}
</main></body></html>`;

export const elementsPage = (n, bundleUrl) => page(`<script type="module" src="${bundleUrl}"></script>${ELEMENTS_DONE}`, mixedBody(n));

export const staticPage = (flatBody, elementCss) => page(`<style>${elementCss}</style>`, `${flatBody}\n${STATIC_DONE}`);

/**
 * Runs in the rendered elements page and returns { body, css }: each element's shadow tree
 * written out as ordinary light DOM (slots replaced by what they show), and each element type's
 * stylesheets put in an `@scope` rooted at the tag (`:host` becomes `:scope`), inside a cascade
 * layer so that page rules still win over them as they do over `:host`. Page CSS is left out (it is the same on both pages).
 */
export function flattenInPage() {
  const tags = ['episode-card', 'character-chip', 'plot-thread'];
  const flatten = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return [node.cloneNode()];
    if (node.nodeType !== Node.ELEMENT_NODE) return [];
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes();
      return (assigned.length ? assigned : [...node.childNodes]).flatMap(flatten);
    }
    if (node.localName === 'script') return [];
    const copy = node.cloneNode(false);
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    copy.append(...[...children].flatMap(flatten));
    return [copy];
  };
  const main = document.querySelector('main');
  const body = [...main.childNodes]
    .flatMap(flatten)
    .map((n) => n.outerHTML ?? n.textContent)
    .join('');
  const css = tags
    .map((tag) => {
      // Lit keeps each class's source CSS; re-serialised CSSOM rules would lose shorthands with var().
      const sources = customElements.get(tag).elementStyles.map((style) => style.cssText);
      const scoped = sources
        .join('\n')
        .replace(/:host\(([^()]*(?:\([^()]*\))?[^()]*)\)/g, ':scope$1')
        .replace(/:host\b/g, ':scope');
      // The lower bound stops a card's rules at the chips and threads it contains, as its shadow boundary did.
      return `@scope (${tag}) to (${tags.join(', ')}) {\n${scoped}\n}`;
    })
    .join('\n');
  // In a layer, the page's own rules win over the elements' as they do over `:host` rules.
  return { body, css: `@layer elements {\n${css}\n}` };
}
