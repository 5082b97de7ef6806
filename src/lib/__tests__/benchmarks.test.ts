import { describe, expect, it } from 'vitest';
import type {
	BenchmarkResult,
	BenchmarkResults,
	BenchmarkScenario,
	BenchmarkSetup,
} from '../../data/benchmark-schema';
import {
	capacity,
	capacityBound,
	capacityCeilingRps,
	capacityText,
	loadCeilingRps,
	noisiestResult,
	ratio,
	relativeSpread,
	resultFor,
	scenarioById,
	setupById,
	spreadsOverlap,
	sweepConnections,
	sweptScenarios,
	throughputComparison,
} from '../benchmarks';

function setup(
	id: string,
	workerModel: BenchmarkSetup['workerModel'],
	concurrencyPerWorker: number | null,
): BenchmarkSetup {
	return {
		id,
		label: id,
		framework: id.startsWith('flask') ? 'flask' : 'fastapi',
		server: 'test server',
		workerModel,
		workers: 2,
		concurrencyPerWorker,
		poolPerWorker: 8,
		driver: 'psycopg',
		driverWait: 'wait_c',
		command: 'serve $PORT',
		startupMs: 900,
		startupRunsMs: [900],
		importMs: 300,
		idleRssMiB: 50,
	};
}

function scenario(
	id: string,
	connections: number[],
	waitMs: number | null = null,
): BenchmarkScenario {
	return {
		id,
		label: id,
		description: id,
		method: 'GET',
		path: `/${id}`,
		database: false,
		waitMs,
		queriesPerRequest: null,
		connections,
	};
}

function result(
	scenarioId: string,
	setupId: string,
	connections: number,
	rps: number,
	spread = 0.1,
	cpu = 1,
): BenchmarkResult {
	const run = {
		rps,
		p50Ms: 1,
		p99Ms: 2,
		cpuMsPerRequest: cpu,
		dbCpuMsPerRequest: null,
		rssMiB: 60,
		requests: 100,
		errors: 0,
	};
	return {
		scenario: scenarioId,
		setup: setupId,
		connections,
		...run,
		rpsMin: rps * (1 - spread),
		rpsMax: rps * (1 + spread),
		runs: [run],
	};
}

const setups = [
	setup('flask-sync', 'sync', 1),
	setup('flask-gthread', 'threads', 8),
	setup('fastapi-async', 'async', null),
];
const doc = {
	tool: { connections: 64 },
	scenarios: [
		scenario('json', [16, 64, 256]),
		scenario('io', [16, 64, 256], 50),
		scenario('cpu', [64]),
	],
	setups,
	results: [
		result('json', 'flask-sync', 64, 1000),
		result('json', 'fastapi-async', 64, 2600, 0.05, 0.4),
		result('json', 'flask-gthread', 64, 1100),
		result('json', 'flask-sync', 16, 900, 0.5),
		result('cpu', 'flask-sync', 64, 300, 0.02),
		result('cpu', 'fastapi-async', 64, 320, 0.02),
	],
} as unknown as BenchmarkResults;

describe('finding results', () => {
	it('takes the shared connection count unless told another', () => {
		expect(resultFor(doc, 'json', 'flask-sync').rps).toBe(1000);
		expect(resultFor(doc, 'json', 'flask-sync', 16).rps).toBe(900);
		expect(() => resultFor(doc, 'json', 'flask-sync', 256)).toThrow(/at 256 connections/);
	});

	it('names what exists when an id is unknown', () => {
		expect(scenarioById(doc, 'io').waitMs).toBe(50);
		expect(() => scenarioById(doc, 'db')).toThrow(/have json, io, cpu/);
		expect(() => setupById(doc, 'flask-waitress')).toThrow(/No benchmark setup "flask-waitress"/);
	});
});

describe('comparing', () => {
	it('divides one setup’s median by another’s, for any metric', () => {
		expect(ratio(doc, 'fastapi-async', 'flask-sync', 'json')).toBeCloseTo(2.6, 9);
		expect(
			ratio(doc, 'fastapi-async', 'flask-sync', 'json', { metric: 'cpuMsPerRequest' }),
		).toBeCloseTo(0.4, 9);
	});

	it('tells a difference within the run-to-run spread from one beyond it', () => {
		const json = resultFor(doc, 'json', 'flask-sync');
		expect(spreadsOverlap(json, resultFor(doc, 'json', 'flask-gthread'))).toBe(true); // 900–1100 and 990–1210
		expect(spreadsOverlap(json, resultFor(doc, 'json', 'fastapi-async'))).toBe(false);
		// 7 % apart, yet each result's runs stay within 2 %: a real difference, however small.
		expect(
			spreadsOverlap(resultFor(doc, 'cpu', 'flask-sync'), resultFor(doc, 'cpu', 'fastapi-async')),
		).toBe(false);
	});

	it('names a winner only when the runs do not overlap, ahead first', () => {
		expect(throughputComparison(doc, 'json', 'flask-sync', 'fastapi-async')).toBe(
			'fastapi-async served 2.6× the requests per second of flask-sync (runs 2,470–2,730 against 900–1,100 req/s)',
		);
		expect(throughputComparison(doc, 'json', 'flask-sync', 'flask-gthread')).toBe(
			'flask-sync and flask-gthread could not be told apart: their medians are 1.10× apart, but their runs overlap (900–1,100 against 990–1,210 req/s)',
		);
		expect(() => throughputComparison(doc, 'json', 'flask-sync', 'fastapi-async', 16)).toThrow(
			/No benchmark result for "json" on "fastapi-async" at 16/,
		);
	});

	it('finds the noisiest result relative to its median', () => {
		expect(relativeSpread(resultFor(doc, 'json', 'flask-sync', 16))).toBeCloseTo(1, 9);
		const noisiest = noisiestResult(doc);
		expect([noisiest.scenario, noisiest.setup, noisiest.connections]).toEqual([
			'json',
			'flask-sync',
			16,
		]);
	});
});

describe('capacity', () => {
	const [sync, gthread, asyncSetup] = setups as [BenchmarkSetup, BenchmarkSetup, BenchmarkSetup];
	const io = scenarioById(doc, 'io');

	it('is workers × what each holds, or unbounded for an event loop', () => {
		expect(capacity(sync)).toBe(2);
		expect(capacity(gthread)).toBe(16);
		expect(capacity(asyncSetup)).toBeNull();
		expect(capacityText(gthread)).toBe('2 workers × 8 threads = 16 requests at once');
		expect(capacityText(sync)).toBe('2 workers × 1 request = 2 requests at once');
		expect(capacityText(asyncSetup)).toMatch(/^no fixed limit/);
	});

	it('caps throughput at capacity ÷ wait, and the load at connections ÷ wait', () => {
		expect(capacityCeilingRps(sync, io)).toBe(40);
		expect(capacityCeilingRps(gthread, io)).toBe(320);
		expect(capacityCeilingRps(asyncSetup, io)).toBeNull();
		expect(capacityCeilingRps(sync, scenarioById(doc, 'json'))).toBeNull();
		expect(loadCeilingRps(io, 256)).toBe(5120);
		expect(capacityBound(gthread, 16)).toBe(false);
		expect(capacityBound(gthread, 64)).toBe(true);
		expect(capacityBound(asyncSetup, 256)).toBe(false);
	});

	it('knows the sweep’s connection counts and which scenarios were swept', () => {
		expect(sweepConnections(doc)).toEqual([16, 64, 256]);
		expect(sweptScenarios(doc).map((s) => s.id)).toEqual(['json', 'io']);
	});
});
