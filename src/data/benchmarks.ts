/**
 * The Flask vs FastAPI benchmark figures shown on the site: `benchmarks.json` beside this file,
 * produced by `npm run bench` (bench/run.py; see bench/README.md), checked at import so a
 * malformed or partial file fails the build with the name of the bad field.
 */
import data from './benchmarks.json';
import { parseBenchmarkResults, ratio as ratioIn, type BenchmarkMetric, type BenchmarkResults } from '../lib/benchmarks';

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
export { medianOf, resultFor } from '../lib/benchmarks';

export const benchmarks: BenchmarkResults = parseBenchmarkResults(data, 'src/data/benchmarks.json');

/**
 * FastAPI-to-Flask ratio of one scenario's median figure in the committed results, e.g.
 * `ratio('fastapi-uvicorn', 'flask-gunicorn-gthread', 'io')` (rps by default: above 1 means FastAPI
 * served more; for `p50Ms`/`p99Ms` below 1 means FastAPI answered faster).
 */
export function ratio(fastapiSetup: string, flaskSetup: string, scenario: string, metric: BenchmarkMetric = 'rps'): number {
	return ratioIn(benchmarks, fastapiSetup, flaskSetup, scenario, metric);
}
