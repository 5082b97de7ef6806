/**
 * Questions the pages ask of the benchmark's results: a result by scenario, setup and connection
 * count; one setup's figure divided by another's; whether two results' runs overlap; how much a
 * setup can serve at once, and so the ceiling its throughput can never pass.
 *
 * Pure functions of a results document passed in (the committed one is `benchmarks` in
 * src/data/benchmarks.ts); the medians and spreads themselves are computed once, by the runner.
 */
import type {
	BenchmarkResult,
	BenchmarkResults,
	BenchmarkScenario,
	BenchmarkSetup,
} from '../data/benchmark-schema';
import { formatInteger, formatRatio } from './charts/format';

/** The per-result medians a page can divide or compare. */
export type BenchmarkMetric = 'rps' | 'p50Ms' | 'p99Ms' | 'cpuMsPerRequest' | 'rssMiB';

/** The scenario with this id; throws when the results have none. */
export function scenarioById(results: BenchmarkResults, id: string): BenchmarkScenario {
	const found = results.scenarios.find((s) => s.id === id);
	if (!found)
		throw new RangeError(
			`No benchmark scenario "${id}" (have ${results.scenarios.map((s) => s.id).join(', ')})`,
		);
	return found;
}

/** The setup with this id; throws when the results have none. */
export function setupById(results: BenchmarkResults, id: string): BenchmarkSetup {
	const found = results.setups.find((s) => s.id === id);
	if (!found)
		throw new RangeError(
			`No benchmark setup "${id}" (have ${results.setups.map((s) => s.id).join(', ')})`,
		);
	return found;
}

/**
 * The result of one scenario on one setup at one connection count (by default the count every
 * scenario was measured at, `tool.connections`); throws when there is none.
 */
export function resultFor(
	results: BenchmarkResults,
	scenario: string,
	setup: string,
	connections = results.tool.connections,
): BenchmarkResult {
	const found = results.results.find(
		(r) => r.scenario === scenario && r.setup === setup && r.connections === connections,
	);
	if (!found)
		throw new RangeError(
			`No benchmark result for "${scenario}" on "${setup}" at ${connections} connections`,
		);
	return found;
}

/**
 * One setup's median divided by another's, for one scenario and connection count: for `rps`
 * above 1 means the first served more; for latency, CPU or memory below 1 means it needed less.
 */
export function ratio(
	results: BenchmarkResults,
	numerator: string,
	denominator: string,
	scenario: string,
	{
		metric = 'rps',
		connections = results.tool.connections,
	}: { metric?: BenchmarkMetric; connections?: number } = {},
): number {
	const top = resultFor(results, scenario, numerator, connections)[metric];
	const bottom = resultFor(results, scenario, denominator, connections)[metric];
	if (!(bottom > 0))
		throw new RangeError(`"${denominator}" has ${metric} ${bottom} in "${scenario}": no ratio`);
	return top / bottom;
}

/** True when two results' runs overlap in requests per second: the difference is within the noise. */
export function spreadsOverlap(a: BenchmarkResult, b: BenchmarkResult): boolean {
	return a.rpsMin <= b.rpsMax && b.rpsMin <= a.rpsMax;
}

/** A result's run-to-run spread relative to its median: (fastest − slowest) ÷ median. */
export function relativeSpread(result: BenchmarkResult): number {
	return result.rps > 0 ? (result.rpsMax - result.rpsMin) / result.rps : 0;
}

/** The result whose runs spread widest relative to their median. */
export function noisiestResult(results: BenchmarkResults): BenchmarkResult {
	const [first, ...rest] = results.results;
	if (!first) throw new RangeError('noisiestResult: no results');
	return rest.reduce((a, b) => (relativeSpread(b) > relativeSpread(a) ? b : a), first);
}

/** Requests a setup can hold at once: workers × what each serves concurrently; null when unbounded. */
export function capacity(setup: BenchmarkSetup): number | null {
	return setup.concurrencyPerWorker === null ? null : setup.workers * setup.concurrencyPerWorker;
}

/**
 * The throughput a setup can never pass in a scenario whose requests wait `waitMs`, however many
 * connections: capacity ÷ wait. Null when the scenario does not wait or the setup is unbounded.
 */
export function capacityCeilingRps(
	setup: BenchmarkSetup,
	scenario: BenchmarkScenario,
): number | null {
	const held = capacity(setup);
	return held === null || !scenario.waitMs ? null : held / (scenario.waitMs / 1000);
}

/** The throughput no setup can pass at `connections` when every request waits: connections ÷ wait. */
export function loadCeilingRps(scenario: BenchmarkScenario, connections: number): number | null {
	return scenario.waitMs ? connections / (scenario.waitMs / 1000) : null;
}

/** True when a setup holds fewer requests at once than the load offers, so its capacity, not its speed, sets its throughput. */
export function capacityBound(setup: BenchmarkSetup, connections: number): boolean {
	const held = capacity(setup);
	return held !== null && held < connections;
}

/** The connection counts of the sweep: those of the scenario measured at the most counts. */
export function sweepConnections(results: BenchmarkResults): readonly number[] {
	return results.scenarios.reduce<readonly number[]>(
		(most, s) => (s.connections.length > most.length ? s.connections : most),
		[],
	);
}

/** The scenarios measured at more than one connection count. */
export function sweptScenarios(results: BenchmarkResults): readonly BenchmarkScenario[] {
	return results.scenarios.filter((s) => s.connections.length > 1);
}

const UNITS: Record<BenchmarkSetup['workerModel'], string> = {
	sync: 'request',
	threads: 'thread',
	greenlets: 'greenlet',
	async: 'task',
	threadpool: 'pool thread',
};

/**
 * A setup's concurrency capacity in words: "2 workers × 8 threads = 16 requests at once", or for
 * an event loop, "no fixed limit: 2 event loops take every connection".
 */
export function capacityText(setup: BenchmarkSetup): string {
	const held = capacity(setup);
	if (held === null) return `no fixed limit: ${setup.workers} event loops take every connection`;
	const per = setup.concurrencyPerWorker ?? 1;
	const unit = UNITS[setup.workerModel];
	return `${setup.workers} workers × ${per.toLocaleString('en-US')} ${per === 1 ? unit : `${unit}s`} = ${held.toLocaleString('en-US')} ${held === 1 ? 'request' : 'requests'} at once`;
}

/**
 * How one setup's throughput compares with another's in a scenario, in words, with the ratio and
 * both run ranges, ahead-first: "FastAPI async · Uvicorn served 2.6× the requests per second of
 * Flask · Gunicorn sync (runs 2,450–2,700 against 980–1,020 req/s)". When the runs overlap, the
 * difference is within the noise, and the sentence says the two could not be told apart instead of
 * naming a winner.
 */
export function throughputComparison(
	results: BenchmarkResults,
	scenario: string,
	a: string,
	b: string,
	connections = results.tool.connections,
): string {
	const ra = resultFor(results, scenario, a, connections);
	const rb = resultFor(results, scenario, b, connections);
	const [ahead, behind] = ra.rps >= rb.rps ? [ra, rb] : [rb, ra];
	const label = (r: BenchmarkResult) => setupById(results, r.setup).label;
	const runs = (r: BenchmarkResult) => `${formatInteger(r.rpsMin)}–${formatInteger(r.rpsMax)}`;
	const ratioText = formatRatio(ahead.rps / behind.rps);
	if (spreadsOverlap(ra, rb)) {
		return `${label(ra)} and ${label(rb)} could not be told apart: their medians are ${ratioText} apart, but their runs overlap (${runs(ra)} against ${runs(rb)} req/s)`;
	}
	return `${label(ahead)} served ${ratioText} the requests per second of ${label(behind)} (runs ${runs(ahead)} against ${runs(behind)} req/s)`;
}
