import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

// Two kinds of tests, run separately: `unit` needs nothing but the sources (and the Python venv
// for the evidence check); `build` reads the production build in dist/, so it runs after
// `astro build` (scripts/test-build.mjs does both).
export default defineConfig({
	resolve: { alias },
	test: {
		projects: [
			{ resolve: { alias }, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/repo/**/*.test.ts'] } },
			{ resolve: { alias }, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
		],
	},
});
