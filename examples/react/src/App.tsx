// React 19 with episode-elements: attributes and properties as props, ee-* events as on… props,
// typed by episode-elements/jsx (see tsconfig.app.json's "types"): `event.detail` is known.
import { useState } from 'react';
import 'episode-elements/episode-card.js'; // registers <episode-card>, <character-chip>, <plot-thread>

export function App() {
  const [revealed, setRevealed] = useState(false);
  const [character, setCharacter] = useState('nobody yet');
  return (
    <article>
      <episode-card episode="s1e30" heading-level={2} spoilers={revealed} onee-spoilers-toggle={(event) => setRevealed(event.detail.revealed)} />
      <p id="state">Spoilers {revealed ? 'shown' : 'hidden'}.</p>
      <button id="reveal" onClick={() => setRevealed(!revealed)}>
        Toggle from React
      </button>
      <p>
        … and <character-chip character="kit" onee-panel-open={(event) => setCharacter(event.detail.character)} /> has a letter to read.
      </p>
      <p id="opened">Last opened: {character}</p>
    </article>
  );
}
