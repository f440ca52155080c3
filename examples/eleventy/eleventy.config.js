// Eleventy 3 with episode-elements: shortcodes render the elements at build time (declarative
// shadow DOM); the layout loads the hydrating bundle, which adopts the server's DOM.
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderElement } from 'episode-elements/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addAsyncShortcode('episodeCard', (episode) => renderElement('episode-card', { episode, 'heading-level': 2 }));
  eleventyConfig.addAsyncShortcode('chip', (character) => renderElement('character-chip', { character }));
  // The bundle and the stylesheets the server-rendered shadow roots link, served from /assets/.
  const cdn = dirname(fileURLToPath(import.meta.resolve('episode-elements/cdn/episode-elements.hydrate.js')));
  eleventyConfig.addPassthroughCopy({ [relative('.', cdn)]: 'assets' });
  eleventyConfig.addPassthroughCopy('recap.js');
}
