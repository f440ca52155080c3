import { css } from 'lit';

/** Pieces that look the same in every element: badges, headings, the spoiler button, timelines. */
export const shared = css`
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .section-heading {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.6;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .status-resolved {
    color: light-dark(#1d6b38, #7fd49a);
  }
  .status-ongoing {
    color: light-dark(#8a4b00, #f2b661);
  }
  .status-cliffhanger {
    color: light-dark(#b0173a, #ff8fa6);
  }
  .spoiler-toggle,
  .disclosure {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.4em 0.9em;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .disclosure {
    border-color: var(--_border);
    color: var(--_muted);
    padding: 0.15em 0.6em;
    font-size: 0.8125em;
  }
  .spoiler-toggle:hover,
  .disclosure:hover {
    background: var(--_surface-alt);
  }
  /* "+N more" and "Show fewer" after a long list (shared/long-list.ts). */
  .more-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .chevron {
    width: 0.45em;
    height: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(45deg);
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) [aria-expanded='true'] > .chevron {
    transform: rotate(-45deg);
  }
  /* An ordered list drawn as a timeline; each item's marker comes from data-n. */
  .timeline {
    display: grid;
    gap: 0.75em;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.75em;
    padding-inline-start: 1.25em;
  }
  .timeline[hidden] {
    display: none;
  }
  .timeline > li {
    position: relative;
    overflow-wrap: anywhere;
  }
  /* The marker's text is 0.7 of the item's: its box is sized in the item's em (divided by 0.7), so
     its centre sits on the timeline's 2 px rule (padding 1.25em + half its 1.5em width + 1 px). */
  .timeline > li::before {
    content: attr(data-n);
    position: absolute;
    inset-inline-start: calc(-2em / 0.7 - 1px);
    top: 0.1em;
    width: calc(1.5em / 0.7);
    height: calc(1.5em / 0.7);
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-size: 0.7em;
    font-weight: 700;
    display: grid;
    place-items: center;
  }
  .notice {
    display: block;
    padding: 0.75em 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }
  /* Hidden while the tag's own fallback content is shown instead (shared/notice.ts). */
  .notice[hidden] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .status,
    .spoiler-toggle,
    .disclosure {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * Monogram colours: eight hues, each a pair that keeps at least AA contrast (4.5:1) for its text
 * in light and in dark schemes. The class is picked from the character's group or a stable hash.
 */
export const hues = css`
  .hue-0 { --_hue: light-dark(#7a2e8e, #e0a6ef); }
  .hue-1 { --_hue: light-dark(#1f5fa8, #9cc7ff); }
  .hue-2 { --_hue: light-dark(#0f6464, #7fd6d6); }
  .hue-3 { --_hue: light-dark(#2d6a1f, #a6dc8f); }
  .hue-4 { --_hue: light-dark(#7a4f00, #f2c061); }
  .hue-5 { --_hue: light-dark(#a63700, #ffad85); }
  .hue-6 { --_hue: light-dark(#b0173a, #ff9fb3); }
  .hue-7 { --_hue: light-dark(#46505f, #c3cbd8); }
  .monogram {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    background: var(--_hue);
    color: light-dark(#ffffff, #1d1a27);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0;
    line-height: 1;
  }
  /* Centred on the capitals, not on the font's ascent and descent (which sets them high): the
     trimmed box is exactly cap height. Where text-box is unsupported the line box is centred. */
  .monogram > span {
    text-box: trim-both cap alphabetic;
  }
  .monogram.pair > span {
    font-size: 0.8em;
    letter-spacing: -0.02em;
  }
  .monogram.square {
    border-radius: 0.35em;
  }
  @media (forced-colors: active) {
    .monogram {
      border: 1px solid CanvasText;
    }
  }
`;
