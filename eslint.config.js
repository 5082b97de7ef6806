// ESLint for the TypeScript, JavaScript and Astro sources. Formatting is Prettier's job
// (.prettierrc.json); these rules catch mistakes. `npm run lint` runs both checks.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'.venv/',
			'test-results/',
			'playwright-report/',
			'tests/build/fixtures/**/node_modules/',
			'tests/build/fixtures/**/.astro/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// `_`-prefixed names are deliberately unused (destructuring to drop a field).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		// Code that runs in the reader's browser.
		files: ['src/browser/**/*.ts', 'src/components/**/*.ts', 'src/components/**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
