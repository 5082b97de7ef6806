import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

// Three kinds of tests: `unit` needs nothing but the sources (and the Python venv for the evidence
// check); `browser` runs the custom elements in happy-dom on markup rendered by Astro's Container
// API, so it needs Astro's Vite config; `build` reads the production build in dist/, so it runs
// after `astro build` (`npm run test:build`, scripts/e2e.mjs).
export default defineConfig({
	resolve: { alias },
	test: {
		projects: [
			{
				resolve: { alias },
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/repo/**/*.test.ts'],
					exclude: ['src/browser/**'],
				},
			},
			getViteConfig({
				resolve: { alias },
				test: {
					name: 'browser',
					include: ['src/browser/**/*.test.ts'],
					environment: './src/browser/__tests__/astro-dom-environment.ts',
				},
			}),
			{
				resolve: { alias },
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 },
			},
		],
	},
});
