import { css } from 'lit';

export const characterChipStyles = css`
  :host {
    display: inline;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    max-width: 100%;
    /* Negative block margins keep the pill inside the line box, so it never spreads the lines. */
    margin: -0.15em 0;
    padding: 0 0.5em 0 0.1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    line-height: 1.35;
    vertical-align: baseline;
    cursor: pointer;
    font-size: 0.95em;
    text-align: start;
  }
  :host(:dir(rtl)) .chip {
    padding: 0 0.1em 0 0.5em;
  }
  .chip:hover {
    border-color: var(--_accent);
  }
  .chip[aria-expanded='true'] {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  /* The chip's baseline is its name's (not the initials', which are set smaller for two letters),
     so every chip sits on the line the same way. */
  .name {
    align-self: baseline;
    overflow-wrap: anywhere;
  }
  .unknown {
    /* Longhands: WebKit drops the style from the text-decoration shorthand. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.2em;
    cursor: help;
  }
  /* Sized in em of the chip's own text, so a page's root font size changes nothing. The text is
     kept within 0.875–1.125 of the reader's default size (--_reader-text, set when it opens; 14–18 px
     by default), so a chip in small print stays readable and a chip in an <h1> opens an ordinary panel. */
  .panel {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    width: 23.5em;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 1em;
    display: grid;
    gap: 0.625em;
    /* A cue that it scrolls: a shade at an edge with more beyond it. Covers of the surface's
       colour scroll with the text (local) and hide each shade once its end is reached. */
    --_shade: color-mix(in srgb, var(--_text) 22%, transparent);
    background:
      linear-gradient(var(--_surface) 40%, transparent) top / 100% 2em no-repeat local,
      linear-gradient(transparent, var(--_surface) 60%) bottom / 100% 2em no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_shade), transparent) top / 100% 0.75em no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_shade), transparent) bottom / 100% 0.75em no-repeat scroll,
      var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--ee-shadow, 0 8px 30px rgb(0 0 0 / 0.18));
    font-size: clamp(calc(var(--_reader-text, 16px) * 0.875), 0.9375em, calc(var(--_reader-text, 16px) * 1.125));
    line-height: 1.45;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere; /* long names and unbroken strings wrap instead of widening the panel */
    z-index: 2147483647; /* only matters where popover (top layer) is unsupported */
  }
  /* The panel takes the focus when it opens: its border says so, in the kit's focus colour,
     rather than a ring around the whole panel. */
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    border-color: var(--_focus);
  }
  /* On a narrow screen (panel-controller.ts places it): a sheet along the bottom. */
  .panel[data-sheet] {
    box-shadow: var(--ee-shadow, 0 -4px 30px rgb(0 0 0 / 0.25));
  }
  .panel-head {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .panel-head .monogram {
    font-size: 1em;
    width: 2.2em;
    height: 2.2em;
  }
  .panel-name {
    flex: 1;
    min-width: 0;
    font-size: 1.15em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .close {
    flex: none;
    width: 1.6em;
    height: 1.6em;
    border: 1px solid transparent;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    font-size: 1.33em;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_border);
  }
  .facts {
    margin: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: calc(0.125em / 0.9) calc(0.75em / 0.9);
    font-size: 0.9em;
  }
  .facts dt {
    grid-column: 1;
    color: var(--_muted);
  }
  .facts dd {
    grid-column: 2;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .inferred {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px dashed var(--_muted);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.75em;
    vertical-align: 0.1em;
  }
  .reason {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .threads,
  .relationships {
    display: grid;
    gap: 0.375em;
  }
  .rel-name {
    font-weight: 600;
  }
  .rel-kind {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .rel-summary {
    display: block;
  }
  .beats {
    font-size: 0.95em;
  }
`;
