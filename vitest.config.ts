import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      environment: 'jsdom',
      include: ['tests/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      css: false,
      // Through Vite, so that d3-zoom gets the app's stand-in for d3-transition (vite.config.ts's alias).
      server: { deps: { inline: ['d3-zoom'] } },
    },
  }),
);
