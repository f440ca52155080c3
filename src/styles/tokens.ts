import { css } from 'lit';

/**
 * Design tokens shared by every element. Public knobs are `--ee-*` custom properties set by the
 * host page; each element reads them through the private `--_*` names below so a fallback exists
 * for light and dark. `light-dark()` follows the element's `color-scheme`, which by default is the
 * page's own (inherited: a blog that declares none is light, whatever the reader's OS prefers, so a
 * dark card never lands on a light page). `--ee-color-scheme: dark` asks for dark, and
 * `--ee-color-scheme: light dark` follows the reader's OS setting.
 *
 * Lengths are in `em` of the element's own text, never `rem`: a page whose root font size is not
 * 16 px (the common `html { font-size: 62.5% }`) must not shrink or grow the elements.
 */
export const tokens = css`
  :host {
    /* No fallback: unset, the declaration is invalid at computed-value time and color-scheme inherits. */
    color-scheme: var(--ee-color-scheme);
    --_text: var(--ee-color-text, light-dark(#1f1b2d, #ece9f6));
    --_muted: var(--ee-color-muted, light-dark(#5c566e, #b3adc6));
    --_surface: var(--ee-color-surface, light-dark(#ffffff, #1d1a27));
    --_surface-alt: var(--ee-color-surface-alt, light-dark(#f5f3fa, #282436));
    --_border: var(--ee-color-border, light-dark(#dcd8e6, #3d3850));
    --_accent: var(--ee-color-accent, light-dark(#7a2e8e, #e0a6ef));
    --_on-accent: var(--ee-color-on-accent, light-dark(#ffffff, #1d1a27));
    --_focus: var(--ee-color-focus, var(--_accent));
    --_radius: var(--ee-radius, 0.75em);
    --_space: var(--ee-space, 1em);
    --_shadow: var(--ee-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 16px rgb(0 0 0 / 0.06));
  }
`;

/**
 * Resets every element needs inside its shadow root. Shadow DOM does not stop inherited CSS, so a
 * page's `white-space: nowrap`, `text-indent`, `text-transform`, `letter-spacing`… would reach
 * every line inside. These are reset on the host with `!important` (in a shadow tree an important
 * declaration beats the page's, even the page's own `!important` rules on `*`); the font family,
 * size, direction and language still come from the page. Style the inside with `::part()`.
 *
 * Not reset on purpose: `visibility` (a page hides a section, an off-canvas menu or a carousel
 * slide with `visibility: hidden`, and the elements inside must stay hidden with it) and, on the
 * inline chip, `line-height` (it is part of the page's line; block elements set their own).
 */
export const base = css`
  :host {
    color: var(--_text);
    white-space: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-align: start !important;
    text-align-last: auto !important;
    text-shadow: none !important;
    text-emphasis: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 400 !important;
    font-stretch: normal !important;
    hyphens: manual !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    line-break: auto !important;
    tab-size: 8 !important;
    list-style: outside none disc !important;
    quotes: auto !important;
    cursor: auto !important;
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke: 0 !important;
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

/**
 * For block elements (card, storyline): their line height is their own, not the page's; stacked
 * ones keep apart and a plain page does not stretch them to its full width. Margin and width are
 * ordinary host defaults, so any page rule (`episode-card { margin: 0; max-inline-size: none }`)
 * overrides them. In em of the element's own text: a readable line whatever the page's root size.
 */
export const block = css`
  :host {
    display: block;
    line-height: 1.5 !important;
    margin-block: 1em;
    max-inline-size: 42em;
  }
`;
