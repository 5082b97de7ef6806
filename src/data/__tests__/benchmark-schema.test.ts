import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarkJsonSchema, benchmarkResultsSchema, quietBusyShare } from '../benchmark-schema';
import { benchmarks, benchmarksJson, parseBenchmarkResults } from '../benchmarks';
import { GET } from '../../pages/data/benchmarks.json';

const committed = readFileSync(new URL('../benchmarks.json', import.meta.url), 'utf8');

describe('the benchmark results schema', () => {
	it('is exported, unchanged, to bench/results.schema.json for the Python runner', async () => {
		// On a mismatch, the Zod schema changed without its export: regenerate the file with
		// `npx vitest run src/data/__tests__/benchmark-schema.test.ts -u` and commit both.
		await expect(`${JSON.stringify(benchmarkJsonSchema(), null, '\t')}\n`).toMatchFileSnapshot(
			'../../../bench/results.schema.json',
		);
	});

	it('accepts the committed results, which come from a full run', () => {
		expect(() => benchmarkResultsSchema.parse(JSON.parse(committed))).not.toThrow();
		expect(benchmarks.mode).toBe('full');
	});

	it('accepts committed results only from a quiet machine', () => {
		// Other work on the CPUs moves every figure; rerun `npm run bench` with nothing else running.
		expect(benchmarks.machine.busyBeforeRun).toBeLessThan(quietBusyShare);
		expect(benchmarks.machine.busyAfterRun).toBeLessThan(quietBusyShare);
	});
});

describe('loading the results', () => {
	const valid = JSON.parse(committed) as Record<string, unknown>;

	it('names the file, the bad field and how to regenerate it', () => {
		const broken = structuredClone(valid) as { results: { rps: unknown }[] };
		broken.results[2]!.rps = -5;
		expect(() => parseBenchmarkResults(JSON.stringify(broken), 'bench.json')).toThrow(
			/^bench\.json does not match the results schema: "results\.2\.rps": .*npm run bench/,
		);
	});

	it('refuses unknown fields, an old schema version and text that is not JSON', () => {
		expect(() => parseBenchmarkResults(JSON.stringify({ ...valid, colour: 'blue' }))).toThrow(
			/colour/,
		);
		expect(() => parseBenchmarkResults(JSON.stringify({ ...valid, schemaVersion: 1 }))).toThrow(
			/schemaVersion/,
		);
		expect(() => parseBenchmarkResults('{"schemaVersion": 3,')).toThrow(/not valid JSON/);
	});

	it('publishes the committed file byte for byte at /data/benchmarks.json', async () => {
		expect(benchmarksJson).toBe(committed);
		const response = await GET({} as Parameters<typeof GET>[0]);
		expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
		expect(await response.text()).toBe(committed);
	});
});
