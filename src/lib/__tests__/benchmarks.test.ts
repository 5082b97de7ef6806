import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparedVersions, serverVersions } from '../../data/versions';
import {
	BenchmarkDataError,
	medianOf,
	noisiestResult,
	parseBenchmarkResults,
	ratio,
	ratioRows,
	resultFor,
	runRange,
	type BenchmarkResults,
} from '../benchmarks';

const scenarioIds = ['json', 'validate', 'io', 'cpu'];
const setupDefs = [
	{ id: 'flask-gunicorn-sync', framework: 'flask' },
	{ id: 'flask-gunicorn-gthread', framework: 'flask' },
	{ id: 'fastapi-uvicorn', framework: 'fastapi' },
	{ id: 'fastapi-gunicorn-asgi', framework: 'fastapi' },
] as const;

/** A complete, valid results document; `rps` per setup id makes ratios predictable. */
function fixture(rps: Record<string, number> = {}): Record<string, unknown> {
	return {
		schemaVersion: 1,
		date: '2026-11-24T10:00:00Z',
		mode: 'full',
		machine: { cpuModel: 'Test CPU', cores: 2, python: '3.11.7', os: 'Debian GNU/Linux 12' },
		tool: { name: 'wrk', version: '4.1.0', connections: 64, threads: 1, durationSeconds: 5, warmupSeconds: 3, runs: 3 },
		versions: { flask: '3.1.3', werkzeug: '3.1.9', fastapi: '0.165.0', starlette: '1.10.0', pydantic: '2.14.3', uvicorn: '0.54.0', gunicorn: '27.0.1', uvloop: '0.23.0', httptools: '0.9.0' },
		workers: 2,
		pinning: { server: '0', load: '1' },
		scenarios: scenarioIds.map((id) => ({ id, label: `Label ${id}`, description: `Description ${id}` })),
		setups: setupDefs.map((s) => ({ id: s.id, label: `Label ${s.id}`, framework: s.framework, server: 'Some server', command: `run ${s.id} --port $PORT` })),
		skippedSetups: [],
		results: scenarioIds.flatMap((scenario) =>
			setupDefs.map((s) => {
				const value = rps[s.id] ?? 1000;
				const run = () => ({ rps: value, p50Ms: 10, p99Ms: 40, requests: value * 5, errors: 0 });
				return { scenario, setup: s.id, runs: [run(), run(), run()], median: { rps: value, p50Ms: 10, p99Ms: 40 }, errors: 0 };
			}),
		),
	};
}

function broken(mutate: (doc: any) => void): unknown {
	const doc = structuredClone(fixture());
	mutate(doc);
	return doc;
}

describe('parseBenchmarkResults', () => {
	it('accepts a complete document and returns it unchanged', () => {
		const doc = fixture();
		expect(parseBenchmarkResults(doc)).toEqual(doc);
	});

	it('accepts a document without the optional skippedSetups', () => {
		const doc = broken((d) => delete d.skippedSetups);
		expect(parseBenchmarkResults(doc).skippedSetups).toBeUndefined();
	});

	it.each([
		['a top-level field', (d: any) => delete d.versions, /missing field at "versions"/],
		['a machine field', (d: any) => delete d.machine.cpuModel, /missing field at "machine\.cpuModel"/],
		['a version', (d: any) => delete d.versions.httptools, /missing field at "versions\.httptools"/],
		['a tool field', (d: any) => delete d.tool.runs, /missing field at "tool\.runs"/],
		['a median figure', (d: any) => delete d.results[3].median.p99Ms, /missing field at "results\[3\]\.median\.p99Ms"/],
		['a run figure', (d: any) => delete d.results[0].runs[2].rps, /missing field at "results\[0\]\.runs\[2\]\.rps"/],
		['a setup command', (d: any) => delete d.setups[1].command, /missing field at "setups\[1\]\.command"/],
	])('names the field when %s is missing', (_what, mutate, message) => {
		expect(() => parseBenchmarkResults(broken(mutate), 'src/data/benchmarks.json')).toThrow(message);
		expect(() => parseBenchmarkResults(broken(mutate), 'src/data/benchmarks.json')).toThrow(/^src\/data\/benchmarks\.json: /);
	});

	it.each([
		['a non-number figure', (d: any) => (d.results[0].median.rps = '1000'), /finite number.*"results\[0\]\.median\.rps"/],
		['a negative figure', (d: any) => (d.results[1].runs[0].p50Ms = -1), /"results\[1\]\.runs\[0\]\.p50Ms"/],
		['an unknown framework', (d: any) => (d.setups[0].framework = 'django'), /one of flask, fastapi.*"setups\[0\]\.framework"/],
		['an unknown mode', (d: any) => (d.mode = 'fast'), /"mode"/],
		['another schema version', (d: any) => (d.schemaVersion = 2), /unsupported schema version 2/],
		['a bad date', (d: any) => (d.date = 'yesterday'), /ISO date-time.*"date"/],
		['a result for an unknown setup', (d: any) => (d.results[0].setup = 'flask-bjoern'), /unknown setup "flask-bjoern"/],
		['a duplicate result', (d: any) => (d.results[1] = d.results[0]), /second result for json × flask-gunicorn-sync/],
		['a missing pair', (d: any) => d.results.pop(), /no result for cpu × fastapi-gunicorn-asgi/],
		['no runs', (d: any) => (d.results[2].runs = []), /at least one run.*"results\[2\]\.runs"/],
		['a non-object root', (d: any) => (d.results = {}), /expected an array at "results"/],
	])('rejects %s', (_what, mutate, message) => {
		expect(() => parseBenchmarkResults(broken(mutate))).toThrow(message);
	});

	it('throws a BenchmarkDataError', () => {
		expect(() => parseBenchmarkResults(null)).toThrow(BenchmarkDataError);
	});
});

describe('medianOf', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(medianOf([3, 1, 2])).toBe(2);
		expect(medianOf([4, 1, 3, 2])).toBe(2.5);
		expect(medianOf([7])).toBe(7);
	});
	it('does not reorder its input', () => {
		const values = [3, 1, 2];
		medianOf(values);
		expect(values).toEqual([3, 1, 2]);
	});
	it('refuses no values and non-finite ones', () => {
		expect(() => medianOf([])).toThrow(RangeError);
		expect(() => medianOf([1, Number.NaN])).toThrow(RangeError);
	});
});

describe('ratio', () => {
	const results: BenchmarkResults = parseBenchmarkResults(fixture({ 'fastapi-uvicorn': 3000, 'flask-gunicorn-sync': 1000 }));

	it('divides the FastAPI median by the Flask median', () => {
		expect(ratio(results, 'fastapi-uvicorn', 'flask-gunicorn-sync', 'json')).toBe(3);
		expect(ratio(results, 'fastapi-uvicorn', 'flask-gunicorn-sync', 'io', 'p99Ms')).toBe(1);
	});
	it('refuses setups of the wrong framework, unknown setups and unknown scenarios', () => {
		expect(() => ratio(results, 'flask-gunicorn-sync', 'fastapi-uvicorn', 'json')).toThrow(/runs flask, expected a fastapi setup/);
		expect(() => ratio(results, 'fastapi-hypercorn', 'flask-gunicorn-sync', 'json')).toThrow(/Unknown benchmark setup "fastapi-hypercorn"/);
		expect(() => ratio(results, 'fastapi-uvicorn', 'flask-gunicorn-sync', 'grpc')).toThrow(/No benchmark result for scenario "grpc"/);
	});
	it('finds a single result', () => {
		expect(resultFor(results, 'cpu', 'fastapi-uvicorn').median.rps).toBe(3000);
	});
});

describe('runRange and noisiestResult', () => {
	it('give the lowest and highest run, and the result whose runs spread widest', () => {
		const doc = fixture() as any;
		doc.results[5].runs[0].rps = 500;
		doc.results[5].runs[2].rps = 1500;
		doc.results[2].runs[1].rps = 900;
		const results = parseBenchmarkResults(doc);
		expect(runRange(resultFor(results, 'json', 'fastapi-uvicorn'))).toEqual({ min: 900, max: 1000 });
		const noisiest = noisiestResult(results);
		expect([noisiest.scenario, noisiest.setup, noisiest.min, noisiest.max]).toEqual(['validate', 'flask-gunicorn-gthread', 500, 1500]);
	});
});

describe('ratioRows', () => {
	const results = parseBenchmarkResults(fixture({ 'fastapi-uvicorn': 3000, 'flask-gunicorn-sync': 1000, 'flask-gunicorn-gthread': 1500 }));
	const divisors = [
		{ id: 'flask-gunicorn-sync', short: 'vs sync' },
		{ id: 'flask-gunicorn-gthread', short: 'vs gthread' },
	];

	it('divides the FastAPI setup by each Flask setup, per scenario in order', () => {
		const rows = ratioRows(results, 'fastapi-uvicorn', divisors);
		expect(rows.map((r) => r.scenario.id)).toEqual(scenarioIds);
		expect(rows[0]?.values).toEqual([
			{ id: 'flask-gunicorn-sync', short: 'vs sync', value: 3 },
			{ id: 'flask-gunicorn-gthread', short: 'vs gthread', value: 2 },
		]);
	});

	it('leaves out setups the results lack', () => {
		expect(ratioRows(results, 'fastapi-uvicorn', [...divisors, { id: 'flask-waitress', short: 'vs waitress' }])[0]?.values).toHaveLength(2);
		expect(ratioRows(results, 'fastapi-hypercorn', divisors)).toEqual([]);
		expect(ratioRows(results, 'fastapi-uvicorn', [{ id: 'flask-waitress', short: 'vs waitress' }])).toEqual([]);
	});
});

describe('the committed src/data/benchmarks.json', () => {
	const raw: unknown = JSON.parse(readFileSync('src/data/benchmarks.json', 'utf8'));
	const results = parseBenchmarkResults(raw, 'src/data/benchmarks.json');

	it('is a full run, not a quick smoke run', () => {
		expect(results.mode).toBe('full');
	});
	it('covers every scenario on every setup, with no errors', () => {
		expect(results.scenarios.map((s) => s.id)).toEqual(scenarioIds);
		const setups = results.setups.map((s) => s.id);
		const skipped = (results.skippedSetups ?? []).map((s) => s.id);
		expect([...setups, ...skipped].sort()).toEqual(setupDefs.map((s) => s.id).sort());
		for (const r of results.results) expect(r.errors, `${r.scenario} × ${r.setup}`).toBe(0);
	});
	it('was measured with the versions the site shows', () => {
		const { python, ...packages } = comparedVersions;
		expect(results.machine.python.startsWith(`${python}.`) || results.machine.python === python).toBe(true);
		for (const [name, version] of Object.entries({ ...packages, ...serverVersions })) {
			expect(results.versions[name as keyof typeof results.versions], name).toBe(version);
		}
	});
});
