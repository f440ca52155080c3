import { Recap } from './recap';

// The elements in a client component: rendered empty on the server, so the text below moves down
// when the card renders in the browser (measured by scripts/check-examples.js).
export default function Page() {
  return (
    <main>
      <h1>Recap: the finale</h1>
      <Recap />
      <p>The rest of the post, which moves when the card appears above it.</p>
    </main>
  );
}
