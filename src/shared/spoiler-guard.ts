import { html, type TemplateResult } from 'lit';

/** An element whose spoilers (beats, outcomes) stay hidden until `spoilers` is true. */
export interface SpoilerHost extends HTMLElement {
  spoilers: boolean;
}

/** Detail of the `ee-spoilers-toggle` event. */
export interface SpoilersToggleDetail {
  revealed: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'ee-spoilers-toggle': CustomEvent<SpoilersToggleDetail>;
  }
}

/**
 * The one spoiler guard every element uses: a real button that shows or hides the region with id
 * `controls`, announces its state with aria-expanded, and fires `ee-spoilers-toggle` (bubbling and
 * composed, so a page can listen once on document) when the reader flips it.
 */
export function spoilerToggle(host: SpoilerHost, controls: string, label: string): TemplateResult {
  const toggle = () => {
    host.spoilers = !host.spoilers;
    host.dispatchEvent(
      new CustomEvent<SpoilersToggleDetail>('ee-spoilers-toggle', {
        detail: { revealed: host.spoilers },
        bubbles: true,
        composed: true,
      }),
    );
  };
  return html`<button
    type="button"
    part="spoiler-toggle"
    class="spoiler-toggle"
    aria-expanded=${host.spoilers ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${toggle}
  >
    <span class="chevron" aria-hidden="true"></span>${host.spoilers ? 'Hide' : 'Show'} ${label}
  </button>`;
}
