import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dimensions } from '../dimensions';
import { evidence } from '../evidence';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PYTHON = join(ROOT, '.venv', 'bin', 'python');

/** Node ids pytest collects under examples/, relative to the repository (optionally one marker only). */
function collected(marker?: string): Set<string> {
	if (!existsSync(PYTHON)) {
		throw new Error(
			'No .venv: run `node scripts/ensure-venv.mjs` (or `npm run test:examples`) first.',
		);
	}
	const args = [
		'-m',
		'pytest',
		'--collect-only',
		'-q',
		'-p',
		'no:cacheprovider',
		...(marker ? ['-m', marker] : []),
	];
	const result = spawnSync(PYTHON, args, { cwd: join(ROOT, 'examples'), encoding: 'utf8' });
	// Exit 5 means the marker selected nothing: an empty set, which the assertions then judge.
	if (result.status !== 0 && result.status !== 5)
		throw new Error(`pytest --collect-only failed:\n${result.stdout}\n${result.stderr}`);
	return new Set(
		result.stdout
			.split('\n')
			.filter((line) => line.includes('::'))
			.map((line) => `examples/${line.trim()}`),
	);
}

/** A node id without its parameters, so `test_x` matches `test_x[a]` as collected. */
const withoutParams = (id: string) => id.replace(/\[.*\]$/, '');

describe('evidence', () => {
	const all = collected();
	const onServer = collected('real_server');
	const collectedNames = new Set([...all].map(withoutParams));

	it('every entry names a test pytest collects', () => {
		const missing = evidence.filter(
			(entry) => !all.has(entry.test) && !collectedNames.has(entry.test),
		);
		expect(missing.map((entry) => entry.test)).toEqual([]);
	});

	it('an entry says "server" exactly when its test is marked real_server', () => {
		const serverNames = new Set([...onServer].map(withoutParams));
		const wrong = evidence.filter(
			(entry) => entry.server !== (onServer.has(entry.test) || serverNames.has(entry.test)),
		);
		expect(wrong.map((entry) => `${entry.id}: server=${entry.server}`)).toEqual([]);
	});

	it('every entry is shown on its page, next to the statement', () => {
		for (const entry of evidence) {
			const dimension = dimensions.find((d) => entry.page === `/compare/${d.id}/`);
			expect(dimension, entry.page).toBeDefined();
			const mdx = readFileSync(
				join(ROOT, 'src/content/docs/compare', `${dimension?.id}.mdx`),
				'utf8',
			);
			expect(mdx, `${entry.page} should show <Evidence id="${entry.id}" />`).toContain(
				`<Evidence id="${entry.id}" />`,
			);
		}
	});

	it('proves at least four statements on every comparison page, ten or more on a real server', () => {
		const thin = dimensions.filter(
			(d) => evidence.filter((entry) => entry.page === `/compare/${d.id}/`).length < 4,
		);
		expect(thin.map((d) => d.id)).toEqual([]);
		expect(evidence.filter((entry) => entry.server).length).toBeGreaterThanOrEqual(10);
	});

	it('no page shows an id that has no entry', () => {
		const ids = new Set(evidence.map((entry) => entry.id));
		const pages = readdirSync(join(ROOT, 'src/content/docs/compare')).filter((f) =>
			f.endsWith('.mdx'),
		);
		const unknown = pages.flatMap((file) =>
			[
				...readFileSync(join(ROOT, 'src/content/docs/compare', file), 'utf8').matchAll(
					/<Evidence id="([^"]+)"/g,
				),
			]
				.map((m) => m[1] ?? '')
				.filter((id) => !ids.has(id))
				.map((id) => `${file}: ${id}`),
		);
		expect(unknown).toEqual([]);
	});
});
