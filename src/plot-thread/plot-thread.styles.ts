import { css } from 'lit';

export const plotThreadStyles = css`
  .thread {
    display: grid;
    gap: 0.625em;
  }
  :host([variant='full']) .thread {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
  }
  .line {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.625em;
    min-width: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) .title {
    font-size: 1em;
  }
  /* One line: title, status, people; the Details button keeps its own column at the inline end. */
  .disclosure {
    flex: none;
    margin-top: 0.1em;
  }
  .participants {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25em / 0.875) calc(0.375em / 0.875);
    font-size: 0.875em;
  }
  .group {
    padding: 0 0.6em;
    border: 1px dashed var(--_border);
    border-radius: 999px;
    color: var(--_muted);
  }
  .details {
    display: grid;
    gap: 0.625em;
  }
  :host([variant='compact']) .details {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }
  .details[hidden],
  .spoilers[hidden] {
    display: none;
  }
  .premise {
    color: var(--_muted);
  }
  .spoilers {
    display: grid;
    gap: 0.75em;
  }
  .label {
    font-weight: 700;
  }
  .position {
    display: block;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
`;
