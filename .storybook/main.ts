import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The made-up fixture series, for the <episode-data> story to load.
  staticDirs: [{ from: '../tests/fixtures', to: '/fixtures' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Storybook's own manager and docs chunks are large; that is not our bundle (see npm run size).
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, chunkSizeWarningLimit: 4000 } }),
};
export default config;
