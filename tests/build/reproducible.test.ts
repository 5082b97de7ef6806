import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { filesUnder, posixRelative } from '../../scripts/lib/dist.ts';

// The same sources must always build to the same bytes. Two builds into temporary output
// directories are compared file by file. The second one runs on a clock moved 400 days and
// 13 hours ahead, in another time zone and locale, with a cleared content cache (`--force`), so
// build dates, time-zone or locale-dependent formatting and stale caches all show up.

const root = join(import.meta.dirname, '..', '..');
const shiftClock = join(import.meta.dirname, 'fixtures', 'reproducible', 'shift-clock.mjs');

function build(outDir: string, extraArgs: string[], env: NodeJS.ProcessEnv): void {
	const result = spawnSync('astro', ['build', '--outDir', outDir, ...extraArgs], {
		cwd: root,
		env,
		encoding: 'utf8',
		timeout: 180_000,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, `astro build --outDir ${outDir} failed:\n${output.slice(-4000)}`).toBe(0);
}

function files(dir: string): Map<string, string> {
	return new Map(
		filesUnder(dir).map((path) => [
			posixRelative(dir, path),
			createHash('sha256').update(readFileSync(path)).digest('hex'),
		]),
	);
}

/** Where two versions of a text file first differ, with a little context. */
function firstDifference(a: Buffer, b: Buffer): string {
	const length = Math.min(a.length, b.length);
	let i = 0;
	while (i < length && a[i] === b[i]) i++;
	const around = (buf: Buffer): string =>
		JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
	return `at byte ${i}:\n      first:  ${around(a)}\n      second: ${around(b)}`;
}

test('two builds of the same sources are byte-for-byte identical', { timeout: 300_000 }, () => {
	const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
	try {
		const first = join(work, 'first');
		const second = join(work, 'second');
		build(first, [], { ...process.env });
		build(second, ['--force'], {
			...process.env,
			TZ: 'Pacific/Kiritimati',
			LANG: 'de_DE.UTF-8',
			LC_ALL: 'de_DE.UTF-8',
			NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${shiftClock}`.trim(),
		});

		const a = files(first);
		const b = files(second);
		expect(a.size, 'the build wrote files').toBeGreaterThan(20);
		const onlyFirst = [...a.keys()].filter((f) => !b.has(f));
		const onlySecond = [...b.keys()].filter((f) => !a.has(f));
		const differing = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
		const report = [
			...onlyFirst.map((f) => `only in the first build: ${f}`),
			...onlySecond.map((f) => `only in the second build: ${f}`),
			...differing.map(
				(f) =>
					`differs: ${f} ${firstDifference(readFileSync(join(first, f)), readFileSync(join(second, f)))}`,
			),
		];
		if (report.length > 0) console.log(`The two builds differ:\n${report.join('\n')}`);
		expect(report).toEqual([]);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
