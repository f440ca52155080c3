import { css } from 'lit';

export const episodeCardStyles = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.25);
    display: grid;
    gap: var(--_space);
  }
  header {
    display: grid;
    gap: 0.25em;
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.8125em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .series {
    font-weight: 700;
    color: var(--_accent);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .title {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .title a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.65em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.03em;
    white-space: nowrap;
  }
  .logline {
    font-size: 1.05em;
  }
  .setting {
    color: var(--_muted);
    font-size: 0.9em;
  }
  section {
    display: grid;
    gap: 0.5em;
    padding-top: calc(var(--_space) * 0.875);
    border-top: 1px solid var(--_border);
  }
  section:has(.threads) {
    gap: 0.25em;
  }
  .cast {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.375em / 0.9);
    font-size: 0.9em;
  }
  /* Storylines: one divided row each. Inside the card they span its width and keep no margin. */
  .threads > li {
    padding-block: 0.5em;
  }
  .threads > li + li {
    border-top: 1px solid var(--_border);
  }
  .threads plot-thread {
    margin: 0;
    max-inline-size: none;
  }
  .all {
    justify-self: start;
  }
  .beat-threads {
    display: block;
    color: var(--_muted);
    font-size: 0.8em;
  }
  blockquote {
    margin: calc(0.375em / 0.9) 0 0;
    padding: calc(0.375em / 0.9) calc(0.75em / 0.9);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  blockquote cite {
    display: block;
    font-family: inherit;
    font-style: normal;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* "Spoilers", said once, beside the heading of what the button reveals. */
  .tag {
    margin-inline-start: 0.4em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_surface-alt);
    letter-spacing: 0.04em;
    font-size: 0.85em;
  }
  /* Compact: the header on one line (wrapping only when the column is too narrow), then the logline. */
  :host([variant='compact']) .card {
    gap: 0.375em;
    padding: 0.75em 1em;
  }
  :host([variant='compact']) header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.625em;
  }
  :host([variant='compact']) .title {
    font-size: 1.15em;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
