/**
 * Vitest environment for the browser code's tests: happy-dom's window as the globals, with Vite's
 * server-side transforms, so that a test can render the real `.astro` markup with Astro's
 * Container API (which needs the server build of a component) and then run the custom element
 * on it. The built-in `happy-dom` environment transforms for the client, where an Astro
 * component compiles to a stub that throws.
 */
import { builtinEnvironments, type Environment } from 'vitest/runtime';

export default {
	...builtinEnvironments['happy-dom'],
	name: 'astro-dom',
	viteEnvironment: 'ssr',
} satisfies Environment;
