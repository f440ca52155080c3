'use client';
// Server-rendered elements, inserted as HTML (React leaves it alone) and hydrated by
// episode-elements/hydrate.js, which adopts the server's DOM. React listens on the elements itself.
import { useEffect, useRef, useState } from 'react';

export function HydratedRecap({ card, chip }: { card: string; chip: string }) {
  const [revealed, setRevealed] = useState(false);
  const [character, setCharacter] = useState('nobody yet');
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    // In an effect, so the module loads in the browser only; it adopts the server's DOM.
    void import('episode-elements/hydrate.js');
    const root = article.current!;
    const cardEl = root.querySelector('episode-card')!;
    const onToggle = (event: HTMLElementEventMap['ee-spoilers-toggle']) => event.target === cardEl && setRevealed(event.detail.revealed);
    const onOpen = (event: HTMLElementEventMap['ee-panel-open']) => setCharacter(event.detail.character);
    root.addEventListener('ee-spoilers-toggle', onToggle);
    root.addEventListener('ee-panel-open', onOpen);
    return () => {
      root.removeEventListener('ee-spoilers-toggle', onToggle);
      root.removeEventListener('ee-panel-open', onOpen);
    };
  }, []);
  const toggle = () => {
    const cardEl = article.current!.querySelector('episode-card')!;
    cardEl.spoilers = !cardEl.spoilers;
    setRevealed(cardEl.spoilers);
  };
  return (
    <article ref={article}>
      <div dangerouslySetInnerHTML={{ __html: card }} />
      <p id="state">Spoilers {revealed ? 'shown' : 'hidden'}.</p>
      <button id="reveal" onClick={toggle}>
        Toggle from React
      </button>
      <p>
        … and <span dangerouslySetInnerHTML={{ __html: chip }} /> has a letter to read.
      </p>
      <p id="opened">Last opened: {character}</p>
    </article>
  );
}
