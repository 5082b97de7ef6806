/**
 * Every code sample under `examples/`, read as raw text at build time. Pages never hold a copy of a
 * sample: they name its path and the components below render the file itself, so what readers see
 * is exactly what `npm run test:examples` ran.
 */
const files = import.meta.glob<string>(
	[
		'/examples/**/*.py',
		'/examples/**/*.html',
		'!/examples/**/test_*.py',
		'!/examples/**/conftest.py',
		'!/examples/**/__init__.py',
	],
	{ query: '?raw', import: 'default', eager: true },
);

/** Sample paths relative to `examples/`, e.g. `data_validation/flask_app.py`. */
export const examplePaths: readonly string[] = Object.keys(files).map((key) =>
	key.replace(/^\/examples\//, ''),
);

/**
 * Returns a sample's source. Throws with the list of near matches when the path is wrong, so a
 * page that names a missing example fails the build with a message worth reading.
 * @param path path relative to `examples/`
 */
export function getExampleSource(path: string): string {
	const source = files[`/examples/${path}`];
	if (source === undefined) {
		const folder = path.split('/')[0] ?? '';
		const nearby = examplePaths.filter((p) => p.startsWith(`${folder}/`));
		throw new Error(
			`Example "examples/${path}" does not exist.${nearby.length > 0 ? ` Samples in examples/${folder}/: ${nearby.join(', ')}` : ''}`,
		);
	}
	return source;
}

/** The Expressive Code language for a sample, from its extension. */
export function exampleLanguage(path: string): string {
	return path.endsWith('.html') ? 'jinja' : 'python';
}
