import { renderElement } from 'episode-elements/ssr';
import { HydratedRecap } from './hydrated-recap';

// The same recap without the shift: the server component renders the elements with
// episode-elements/ssr (declarative shadow DOM, so the card has its size in the first paint), and
// the client component hydrates them.
export default async function Page() {
  const card = await renderElement('episode-card', { episode: 's1e30', 'heading-level': 2 });
  const chip = await renderElement('character-chip', { character: 'kit' });
  return (
    <main>
      <h1>Recap: the finale</h1>
      <HydratedRecap card={card} chip={chip} />
      <p>The rest of the post, which stays where it is.</p>
    </main>
  );
}
