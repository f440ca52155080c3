import type { ReactiveControllerHost } from 'lit';

/** The parent across shadow boundaries (a shadow root's parent is its host). */
export const composedParent = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

const isInside = (node: Element, ancestor: Element): boolean => {
  for (let n = composedParent(node); n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
};

/** The value of `attribute` on the nearest ancestor that gives it one (across shadow roots), or undefined. */
export function inheritedAttribute(node: Element, attribute: string): string | undefined {
  for (let n = composedParent(node); n; n = composedParent(n)) {
    const value = n.getAttribute(attribute);
    if (value) return value;
  }
  return undefined;
}

/** Whether any ancestor (across shadow roots) has `attribute`, whatever its value: a boolean attribute such as `debug`. */
export function ancestorHas(node: Element, attribute: string): boolean {
  for (let n = composedParent(node); n; n = composedParent(n)) if (n.hasAttribute(attribute)) return true;
  return false;
}

type Host = ReactiveControllerHost & Element;

/**
 * The connected elements that inherit any of `attributes` from their ancestors, behind one
 * MutationObserver for the whole page: when one is added, changed or removed on any
 * element of the document, the elements inside it (at any shadow depth) re-render. Changes made
 * inside shadow roots are not observed (a page's own components would need an observer each).
 */
export class InheritedAttributeWatch {
  readonly #attributes: string[];
  readonly #hosts = new Set<Host>();
  #observer?: MutationObserver;

  constructor(...attributes: string[]) {
    this.#attributes = attributes;
  }

  /** Call when `host` connects. */
  add(host: Host): void {
    this.#hosts.add(host);
    // A host that was moved has new ancestors. (For a new host this is a no-op: its first
    // render is already pending.)
    host.requestUpdate();
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => this.refreshInside(records.map((r) => r.target as Element)));
    this.#observer.observe(document.documentElement, { subtree: true, attributeFilter: this.#attributes });
  }

  delete(host: Host): void {
    this.#hosts.delete(host);
    if (this.#hosts.size) return;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-renders the watched elements nested inside any of `changed`. */
  refreshInside(changed: Element[]): void {
    this.#hosts.forEach((host) => {
      if (changed.some((ancestor) => isInside(host, ancestor))) host.requestUpdate();
    });
  }
}
