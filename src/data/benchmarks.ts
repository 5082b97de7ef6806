/**
 * The Flask vs FastAPI benchmark figures shown on the site: `benchmarks.json` beside this file,
 * produced by `npm run bench` (bench/run.py; see bench/README.md), checked at import so a
 * malformed or partial file fails the build with the name of the bad field.
 */
import data from './benchmarks.json';
import {
	parseBenchmarkResults,
	ratio as ratioIn,
	ratioRows,
	type BenchmarkMetric,
	type BenchmarkResults,
	type RatioDivisor,
} from '../lib/benchmarks';

export type {
	BenchmarkFigures,
	BenchmarkFramework,
	BenchmarkMachine,
	BenchmarkMetric,
	BenchmarkMode,
	BenchmarkResult,
	BenchmarkResults,
	BenchmarkRun,
	BenchmarkScenario,
	BenchmarkSetup,
	BenchmarkTool,
	BenchmarkVersions,
	SkippedBenchmarkSetup,
} from '../lib/benchmarks';
export { medianOf, noisiestResult, resultFor, runRange } from '../lib/benchmarks';

export const benchmarks: BenchmarkResults = parseBenchmarkResults(data, 'src/data/benchmarks.json');

/**
 * FastAPI-to-Flask ratio of one scenario's median figure in the committed results, e.g.
 * `ratio('fastapi-uvicorn', 'flask-gunicorn-gthread', 'io')` (rps by default: above 1 means FastAPI
 * served more; for `p50Ms`/`p99Ms` below 1 means FastAPI answered faster).
 */
export function ratio(fastapiSetup: string, flaskSetup: string, scenario: string, metric: BenchmarkMetric = 'rps'): number {
	return ratioIn(benchmarks, fastapiSetup, flaskSetup, scenario, metric);
}

/** The setup's label (`Flask · Gunicorn sync`), or its id when the results lack it. */
export function setupLabel(id: string): string {
	return benchmarks.setups.find((s) => s.id === id)?.label ?? id;
}

/** The FastAPI setup the site's ratios are taken for, and the Flask setups it is divided by. */
export const ratioFastapi = 'fastapi-uvicorn';
const ratioDivisors: readonly RatioDivisor[] = [
	{ id: 'flask-gunicorn-sync', short: 'vs sync' },
	{ id: 'flask-gunicorn-gthread', short: 'vs gthread' },
];

/** FastAPI · Uvicorn ÷ each Flask setup, median requests per second, per scenario (empty if a setup is missing). */
export const benchmarkRatios = ratioRows(benchmarks, ratioFastapi, ratioDivisors);

/**
 * How long the `io` scenario's handlers wait (`IO_DELAY_SECONDS` in bench/apps/bench_common.py). At that wait no server can
 * answer more than `connections / ioWaitSeconds` requests per second: the scenario's ceiling.
 */
export const ioWaitSeconds = 0.05;
export const ioCeilingRps = benchmarks.tool.connections / ioWaitSeconds;
