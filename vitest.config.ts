import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
	resolve: { alias },
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['src/browser/**'] } },
			getViteConfig({ resolve: { alias }, test: { name: 'browser', include: ['src/browser/**/*.test.ts'], environment: './src/browser/__tests__/astro-dom-environment.ts' } }),
		],
	},
});
