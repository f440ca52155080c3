'use client';
// The elements in a client component. Next renders the tags on the server without their content (a
// custom element renders only in the browser), so the page shifts when they render there: see
// app/ssr/ for the same recap without the shift.
//
// React 19 does not attach a custom element's on… handlers while it hydrates server-rendered HTML,
// only on a later render (react/react#35446), and every Next page is hydrated: listen in an effect.
// Properties (spoilers={revealed}) are set from the first update on.
import { useEffect, useRef, useState } from 'react';
import 'episode-elements/episode-card.js'; // registers <episode-card>, <character-chip>, <plot-thread>

export function Recap() {
  const [revealed, setRevealed] = useState(false);
  const [character, setCharacter] = useState('nobody yet');
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    const root = article.current!;
    const card = root.querySelector('episode-card')!;
    // Typed by the package's event map: event.detail is SpoilersToggleDetail, PanelToggleDetail.
    const onToggle = (event: HTMLElementEventMap['ee-spoilers-toggle']) => event.target === card && setRevealed(event.detail.revealed);
    const onOpen = (event: HTMLElementEventMap['ee-panel-open']) => setCharacter(event.detail.character);
    root.addEventListener('ee-spoilers-toggle', onToggle);
    root.addEventListener('ee-panel-open', onOpen);
    return () => {
      root.removeEventListener('ee-spoilers-toggle', onToggle);
      root.removeEventListener('ee-panel-open', onOpen);
    };
  }, []);
  return (
    <article ref={article}>
      <episode-card episode="s1e30" heading-level={2} spoilers={revealed} />
      <p id="state">Spoilers {revealed ? 'shown' : 'hidden'}.</p>
      <button id="reveal" onClick={() => setRevealed(!revealed)}>
        Toggle from React
      </button>
      <p>
        … and <character-chip character="kit" /> has a letter to read.
      </p>
      <p id="opened">Last opened: {character}</p>
    </article>
  );
}
