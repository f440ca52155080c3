// The page's side of the event round trip: the elements' ee-* events in, a property out.
const card = document.querySelector('episode-card');
document.addEventListener('ee-spoilers-toggle', (event) => {
  if (event.target === card) document.getElementById('state').textContent = `Spoilers ${event.detail.revealed ? 'shown' : 'hidden'}.`;
});
document.addEventListener('ee-panel-open', (event) => (document.getElementById('opened').textContent = `Last opened: ${event.detail.character}`));
document.getElementById('reveal').addEventListener('click', () => {
  card.spoilers = !card.spoilers; // a property set by the page fires no event: say so here
  document.getElementById('state').textContent = `Spoilers ${card.spoilers ? 'shown' : 'hidden'}.`;
});
