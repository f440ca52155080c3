// The embed builder's "static HTML": a rendered element written out as HTML that shows the same
// text, styled, on a page that runs no script. Each shadow root becomes declarative shadow DOM
// (<template shadowrootmode="open">) holding its styles (the element's constructed stylesheets,
// as a <style>) and its DOM. Buttons that only work with script (spoilers, "+N more", details,
// close) are left out; a chip's face, a button that opens its panel, becomes a plain <span>. Text
// and attribute values are escaped, so what came from data stays text.
// A classic script (the builder works opened from disk): it sets globalThis.episodeElementsStatic.
(() => {
  'use strict';

  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  /** Parts of the buttons that reveal, hide or add content: nothing to do without script. */
  const CONTROL_PARTS = new Set(['spoiler-toggle', 'more', 'fewer', 'expand', 'close']);
  /** What a button turned into a span no longer means. */
  const BUTTON_ONLY = new Set(['type', 'aria-expanded', 'aria-controls', 'aria-haspopup', 'aria-pressed', 'popovertarget', 'disabled', 'tabindex']);

  const escapeText = (text) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

  /**
   * A button that only works with script: one of the controls above, or any button that shows or
   * hides something without opening a popup (a chip's face opens its panel, and is content).
   */
  function isControl(button) {
    const parts = (button.getAttribute('part') ?? '').split(/\s+/);
    if (parts.some((part) => CONTROL_PARTS.has(part))) return true;
    return !button.hasAttribute('aria-haspopup') && (button.hasAttribute('aria-expanded') || button.hasAttribute('aria-controls'));
  }

  /** States and pseudo-elements left out when asking whether a rule's selector could match: the element is what counts. */
  const STATES =
    /::?(?:hover|focus|focus-visible|focus-within|active|visited|link|any-link|checked|disabled|enabled|placeholder-shown|popover-open|before|after|marker|placeholder|backdrop|selection|first-line|first-letter)\b/g;

  /**
   * Whether a style rule may apply to something in `root`. Kept: rules about the host, slotted
   * content or parts, and any selector the browser cannot test this way; dropped: selectors that
   * match nothing there (a chip's closed panel, a storyline's missing timeline). Every copy of an
   * element repeats its styles, so this keeps a card with 55 chips from weighing half a megabyte.
   */
  function applies(rule, root) {
    const selector = rule.selectorText;
    if (/:host|::slotted|::part/.test(selector)) return true;
    try {
      return !!root.querySelector(selector.replace(STATES, ''));
    } catch {
      return true;
    }
  }

  /** The rules of a list that may apply, as CSS text; grouping rules (@media, @supports, @layer…) keep only theirs. */
  function rulesText(rules, root) {
    return [...rules]
      .map((rule) => {
        if (rule.selectorText !== undefined && !rule.cssRules?.length) return applies(rule, root) ? rule.cssText : '';
        if (!rule.cssRules || rule.selectorText !== undefined || rule instanceof CSSKeyframesRule) return rule.cssText;
        const inner = rulesText(rule.cssRules, root);
        return inner ? `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{${inner}}` : '';
      })
      .filter(Boolean)
      .join('\n');
  }

  /** The CSS of a shadow root's constructed stylesheets that may apply there, as the text of a <style>. */
  function styleText(root) {
    const css = (root.adoptedStyleSheets ?? []).map((sheet) => rulesText(sheet.cssRules, root)).join('\n');
    // Nothing from data is in these rules; this only keeps a stray "</style" from ending the element early.
    return css.replace(/<\/(style)/gi, '<\\/$1');
  }

  function children(node) {
    return [...node.childNodes].map(serialize).join('');
  }

  function serialize(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      return node.parentNode?.localName === 'style' ? node.data.replace(/<\/(style)/gi, '<\\/$1') : escapeText(node.data);
    }
    // Comments (Lit's markers among them) and anything else that is not an element are dropped.
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    let tag = node.localName;
    // Scripts (a card's JSON-LD) are what a platform that strips scripts removes; templates are inert.
    if (tag === 'script' || tag === 'template') return '';
    let attributes = [...node.attributes].filter((attribute) => !attribute.name.startsWith('on'));
    if (tag === 'button') {
      if (isControl(node)) return '';
      tag = 'span';
      attributes = attributes.filter((attribute) => !BUTTON_ONLY.has(attribute.name));
    }
    const open = `<${tag}${attributes.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;
    if (VOID.has(tag)) return open;
    const root = node.shadowRoot;
    const css = root ? styleText(root) : '';
    const shadow = root ? `<template shadowrootmode="open">${css && `<style>${css}</style>`}${children(root)}</template>` : '';
    return `${open}${shadow}${children(node)}</${tag}>`;
  }

  /** The element, rendered as it is now, as HTML that needs no script (see above). */
  const staticHtml = (element) => serialize(element);

  globalThis.episodeElementsStatic = { staticHtml, escapeText, escapeAttribute, isControl };
})();
