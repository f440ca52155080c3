import { css } from 'lit';

/**
 * Design tokens shared by every element. Public knobs are `--ee-*` custom properties set by the
 * host page; each element reads them through the private `--_*` names below so a fallback exists
 * for light and dark. `light-dark()` follows the element's `color-scheme`, which defaults to the
 * reader's preference (`prefers-color-scheme`) and can be pinned with `--ee-color-scheme: light`.
 */
export const tokens = css`
  :host {
    color-scheme: var(--ee-color-scheme, light dark);
    --_text: var(--ee-color-text, light-dark(#1f1b2d, #ece9f6));
    --_muted: var(--ee-color-muted, light-dark(#5c566e, #b3adc6));
    --_surface: var(--ee-color-surface, light-dark(#ffffff, #1d1a27));
    --_surface-alt: var(--ee-color-surface-alt, light-dark(#f5f3fa, #282436));
    --_border: var(--ee-color-border, light-dark(#dcd8e6, #3d3850));
    --_accent: var(--ee-color-accent, light-dark(#7a2e8e, #e0a6ef));
    --_on-accent: var(--ee-color-on-accent, light-dark(#ffffff, #1d1a27));
    --_focus: var(--ee-color-focus, light-dark(#1b5fd1, #8ab4ff));
    --_radius: var(--ee-radius, 0.75rem);
    --_space: var(--ee-space, 1rem);
    --_shadow: var(--ee-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 16px rgb(0 0 0 / 0.06));
  }
`;

/** Resets every element needs inside its shadow root: inherit the page's font, visible focus. */
export const base = css`
  :host {
    font: inherit;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
