/** @type {import('next').NextConfig} */
export default {
  // A static export: every page is rendered at build time (as `next start` would on request).
  output: 'export',
  // Server rendering runs episode-elements/ssr in Node as it is, not bundled.
  serverExternalPackages: ['@lit-labs/ssr', 'episode-elements'],
};
