import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      environment: 'jsdom',
      include: ['tests/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      css: false,
      // Through Vite, so that d3-zoom and d3-drag get the app's stand-ins for d3-transition and d3-selection (vite.config.ts's aliases).
      server: { deps: { inline: ['d3-zoom', 'd3-drag'] } },
    },
  }),
);
