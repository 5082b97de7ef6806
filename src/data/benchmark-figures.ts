/**
 * Figures from the committed benchmark results, written out for the pages' prose: MDX calls
 * these (`{fig.cpu('db', 'fastapi-uvicorn')}`) so that no number is ever typed into a page, and
 * a rerun of the benchmark rewrites every sentence's figures with the charts'. Where a sentence
 * would name a winner, `compare` decides from the data whether there is one.
 */
import { benchmarks } from './benchmarks';
import {
	capacityCeilingRps,
	capacityText,
	ratio,
	resultFor,
	scenarioById,
	setupById,
	throughputComparison,
} from '../lib/benchmarks';
import {
	formatCpuMs,
	formatInteger,
	formatMiB,
	formatMs,
	formatPercent,
	formatRatio,
	formatRps,
} from '../lib/charts/format';

const result = (scenario: string, setup: string, connections?: number) =>
	resultFor(benchmarks, scenario, setup, connections);

export const fig = {
	/** A setup's label: `Flask · Gunicorn sync`. */
	label: (setup: string): string => setupById(benchmarks, setup).label,
	/** Median throughput with its runs: `2,345 req/s (runs 2,100–2,500)`. */
	rps: (scenario: string, setup: string, connections?: number): string => {
		const r = result(scenario, setup, connections);
		return `${formatRps(r.rps)} (runs ${formatInteger(r.rpsMin)}–${formatInteger(r.rpsMax)})`;
	},
	/** Median throughput at every connection count of a swept scenario: `39, 40 and 40 req/s`. */
	sweep: (scenario: string, setup: string): string => {
		const values = scenarioById(benchmarks, scenario).connections.map((c) =>
			formatInteger(result(scenario, setup, c).rps),
		);
		return `${values.slice(0, -1).join(', ')} and ${values.at(-1)} req/s`;
	},
	/** The connection counts of a swept scenario: `16, 64 and 256`. */
	levels: (scenario: string): string => {
		const levels = scenarioById(benchmarks, scenario).connections.map(String);
		return `${levels.slice(0, -1).join(', ')} and ${levels.at(-1)}`;
	},
	/** Which of two setups served more, by how much, or that the runs overlap (a full clause). */
	compare: (scenario: string, a: string, b: string, connections?: number): string =>
		throughputComparison(benchmarks, scenario, a, b, connections),
	/** Server CPU time per request: `0.42 ms`. */
	cpu: (scenario: string, setup: string): string =>
		formatCpuMs(result(scenario, setup).cpuMsPerRequest),
	/** PostgreSQL's CPU time per request: `0.15 ms`. */
	dbCpu: (scenario: string, setup: string): string =>
		formatCpuMs(result(scenario, setup).dbCpuMsPerRequest ?? 0),
	/** PostgreSQL's share of all CPU time per request: `9%`. */
	dbShare: (scenario: string, setup: string): string => {
		const r = result(scenario, setup);
		const db = r.dbCpuMsPerRequest ?? 0;
		return formatPercent(db / (db + r.cpuMsPerRequest));
	},
	/** How many times the CPU per request of `more` is that of `less`: `2.3×`. */
	cpuRatio: (scenario: string, more: string, less: string): string =>
		formatRatio(ratio(benchmarks, more, less, scenario, { metric: 'cpuMsPerRequest' })),
	/** The most a setup can serve when every request of `scenario` waits: `40 req/s`. */
	ceiling: (setup: string, scenario: string): string => {
		const ceiling = capacityCeilingRps(
			setupById(benchmarks, setup),
			scenarioById(benchmarks, scenario),
		);
		if (ceiling === null) throw new RangeError(`${setup} has no capacity ceiling in ${scenario}`);
		return formatRps(ceiling);
	},
	/** `2 workers × 8 threads = 16 requests at once`. */
	capacity: (setup: string): string => capacityText(setupById(benchmarks, setup)),
	/** Resident memory of the largest worker at rest: `52 MiB`. */
	idleMemory: (setup: string): string => formatMiB(setupById(benchmarks, setup).idleRssMiB),
	/** Median startup to the first answer: `1,607 ms`. */
	startup: (setup: string): string => formatMs(setupById(benchmarks, setup).startupMs),
	/** Median p99 latency: `233 ms`. */
	p99: (scenario: string, setup: string, connections?: number): string =>
		formatMs(result(scenario, setup, connections).p99Ms),
	/** The database connections every setup's workers hold together: `2 workers × 8 = 16 pooled connections`. */
	pool: (setup: string): string => {
		const { workers, poolPerWorker } = setupById(benchmarks, setup);
		return `${workers} workers × ${poolPerWorker} = ${workers * poolPerWorker} pooled connections`;
	},
	/** Requests one worker holds at once: `40`. */
	perWorker: (setup: string): string =>
		formatInteger(setupById(benchmarks, setup).concurrencyPerWorker ?? 0),
	/** How the setup's database driver waited, as its workers reported it: `wait_poll`. */
	driverWait: (setup: string): string => setupById(benchmarks, setup).driverWait,
	/** Queries per request of a database scenario: `20`. */
	queries: (scenario: string): string =>
		formatInteger(scenarioById(benchmarks, scenario).queriesPerRequest ?? 0),
	/** The connection count every scenario shares: `64`. */
	connections: (): string => String(benchmarks.tool.connections),
	/** How long each `io` request waits: `50 ms`. */
	wait: (scenario: string): string =>
		`${formatInteger(scenarioById(benchmarks, scenario).waitMs ?? 0)} ms`,
};
