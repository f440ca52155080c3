// The integrations scripts/framework-types.js generates from custom-elements.json (run by `npm run
// build`): every element, attribute, event and CSS property reaches each file, and each event
// handler prop is typed with its detail. The example apps (scripts/check-examples.js) type-check
// real projects against them; this catches a generator that silently leaves something out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (file) => readFileSync(`dist/frameworks/${file}`, 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(`-${name}`);

describe('generated framework and editor integrations', () => {
  it('jsx.d.ts (React 19, Preact, Solid): each tag, attribute and property, and on<event> typed with its detail', () => {
    const jsx = read('jsx.d.ts');
    for (const module of ['react', 'preact', 'solid-js']) assert.match(jsx, new RegExp(`declare module ["']${module}["']`));
    for (const element of elements) {
      assert.match(jsx, new RegExp(`"${element.tagName}": Partial<\\s*${element.name}Props`), element.tagName);
      for (const attribute of element.attributes ?? [])
        assert.ok(jsx.includes(`${element.name}["${attribute.fieldName}"]`), `${element.tagName} ${attribute.name}`);
      for (const event of element.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type.text)[1];
        assert.match(jsx, new RegExp(`"on${event.name}"\\?:\\s*\\(\\(e: CustomEvent<${detail}>\\) => void\\)`), `${element.tagName} ${event.name}`);
        assert.match(jsx, new RegExp(`import type \\{[^}]*\\b${detail}\\b[^}]*\\} from "\\.\\./index\\.js"`), `${detail} imported`);
      }
    }
  });

  it('vue.d.ts: GlobalComponents with camelized props and on<Event> handlers, as vue-tsc checks templates', () => {
    const vue = read('vue.d.ts');
    assert.match(vue, /declare module "vue" \{[\s\S]*interface GlobalComponents extends CustomElements/);
    assert.ok(!vue.includes('CustomEvent<CustomEvent'));
    for (const element of elements) {
      assert.ok(vue.includes(`"${element.tagName}": DefineComponent<${element.name}Props>`), element.tagName);
      for (const attribute of element.attributes ?? [])
        assert.match(vue, new RegExp(`\\b${camel(attribute.name)}\\?: ${element.name}\\["${attribute.fieldName}"\\]`));
      for (const event of element.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type.text)[1];
        assert.ok(vue.includes(`on${pascal(event.name)}?: (e: CustomEvent<${detail}>) => void;`), `${element.tagName} ${event.name}`);
      }
    }
  });

  it("svelte.d.ts: svelte/elements' SvelteHTMLElements for every tag", () => {
    const svelte = read('svelte.d.ts');
    assert.match(svelte, /declare module 'svelte\/elements'/);
    for (const element of elements)
      assert.ok(svelte.includes(`'${element.tagName}': Omit<HTMLAttributes<${element.name}>, keyof ${element.name}Props> & ${element.name}Props;`));
  });

  it('VS Code custom data and JetBrains web-types: every tag, attribute and --ee-* property', () => {
    const html = JSON.parse(read('vscode.html-custom-data.json'));
    const css = JSON.parse(read('vscode.css-custom-data.json'));
    const webTypes = JSON.parse(read('web-types.json'));
    const properties = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
    assert.ok(properties.size >= 12);
    assert.deepEqual(new Set(css.properties.map((p) => p.name)), properties);
    for (const element of elements) {
      const tag = html.tags.find((t) => t.name === element.tagName);
      const web = webTypes.contributions.html.elements.find((t) => t.name === element.tagName);
      const attributes = (element.attributes ?? []).map((a) => a.name).sort();
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), attributes, element.tagName);
      assert.deepEqual(web.attributes.map((a) => a.name).sort(), attributes, element.tagName);
      assert.deepEqual(web.js.events.map((e) => e.name).sort(), (element.events ?? []).map((e) => e.name).sort(), element.tagName);
    }
    assert.equal(JSON.parse(readFileSync('package.json', 'utf8'))['web-types'], './dist/frameworks/web-types.json');
  });
});
