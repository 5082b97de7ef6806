/**
 * The shape of `src/data/benchmarks.json` (written by `bench/run.py`), a runtime check that turns a
 * malformed file into an error naming the bad field, and small helpers for pages that show the
 * figures. Plain TypeScript: no Astro import, so Vitest can test it directly.
 */

export const benchmarkSchemaVersion = 1;

export type BenchmarkFramework = 'flask' | 'fastapi';
export type BenchmarkMode = 'full' | 'quick';
/** The per-run and median figures a page can compare. */
export type BenchmarkMetric = 'rps' | 'p50Ms' | 'p99Ms';

export interface BenchmarkMachine {
	readonly cpuModel: string;
	readonly cores: number;
	readonly python: string;
	readonly os: string;
}

export interface BenchmarkTool {
	readonly name: 'wrk';
	readonly version: string;
	readonly connections: number;
	readonly threads: number;
	readonly durationSeconds: number;
	readonly warmupSeconds: number;
	/** Measured runs per scenario × setup (the warm-up is not counted). */
	readonly runs: number;
}

export interface BenchmarkVersions {
	readonly flask: string;
	readonly werkzeug: string;
	readonly fastapi: string;
	readonly starlette: string;
	readonly pydantic: string;
	readonly uvicorn: string;
	readonly gunicorn: string;
	readonly uvloop: string;
	readonly httptools: string;
}

export interface BenchmarkScenario {
	/** `json`, `validate`, `io`, `cpu`. */
	readonly id: string;
	readonly label: string;
	readonly description: string;
}

export interface BenchmarkSetup {
	/** e.g. `flask-gunicorn-sync`, `fastapi-uvicorn`. */
	readonly id: string;
	readonly label: string;
	readonly framework: BenchmarkFramework;
	/** Server and worker model in words, e.g. "Gunicorn, 2 sync workers". */
	readonly server: string;
	/** The exact command line, with `$PORT` for the port. */
	readonly command: string;
}

export interface SkippedBenchmarkSetup {
	readonly id: string;
	readonly reason: string;
}

export interface BenchmarkFigures {
	/** Requests per second. */
	readonly rps: number;
	/** Median latency, milliseconds. */
	readonly p50Ms: number;
	/** 99th-percentile latency, milliseconds. */
	readonly p99Ms: number;
}

export interface BenchmarkRun extends BenchmarkFigures {
	readonly requests: number;
	/** Socket errors (connect, read, write, timeout) plus HTTP status ≥ 400. */
	readonly errors: number;
}

export interface BenchmarkResult {
	readonly scenario: string;
	readonly setup: string;
	readonly runs: readonly BenchmarkRun[];
	/** Each metric's median over the runs, taken separately. */
	readonly median: BenchmarkFigures;
	/** Errors summed over the runs. */
	readonly errors: number;
}

export interface BenchmarkResults {
	readonly schemaVersion: 1;
	/** ISO 8601 date-time, UTC, when the run started. */
	readonly date: string;
	readonly mode: BenchmarkMode;
	readonly machine: BenchmarkMachine;
	readonly tool: BenchmarkTool;
	readonly versions: BenchmarkVersions;
	/** Worker processes per server setup. */
	readonly workers: number;
	/** CPU lists given to `taskset -c`. */
	readonly pinning: { readonly server: string; readonly load: string };
	readonly scenarios: readonly BenchmarkScenario[];
	readonly setups: readonly BenchmarkSetup[];
	/** Setups the runner could not run, with why (absent in files from before it existed). */
	readonly skippedSetups?: readonly SkippedBenchmarkSetup[];
	readonly results: readonly BenchmarkResult[];
}

const versionKeys = ['flask', 'werkzeug', 'fastapi', 'starlette', 'pydantic', 'uvicorn', 'gunicorn', 'uvloop', 'httptools'] as const;
const metrics: readonly BenchmarkMetric[] = ['rps', 'p50Ms', 'p99Ms'];

/** Thrown when the benchmark data is malformed; the message names the file and the field. */
export class BenchmarkDataError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BenchmarkDataError';
	}
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
	private readonly source: string;

	constructor(source: string) {
		this.source = source;
	}

	fail(path: string, problem: string): never {
		throw new BenchmarkDataError(
			`${this.source}: ${problem} at "${path}". Regenerate it with \`npm run bench\` (see bench/README.md).`,
		);
	}

	field(obj: Json, key: string, path: string): unknown {
		const where = path === '' ? key : `${path}.${key}`;
		if (!(key in obj) || obj[key] === undefined) this.fail(where, 'missing field');
		return obj[key];
	}

	object(value: unknown, path: string): Json {
		return isObject(value) ? value : this.fail(path, 'expected an object');
	}

	array(value: unknown, path: string): readonly unknown[] {
		return Array.isArray(value) ? value : this.fail(path, 'expected an array');
	}

	string(obj: Json, key: string, path: string): string {
		const value = this.field(obj, key, path);
		if (typeof value !== 'string' || value.trim() === '') return this.fail(join(path, key), 'expected a non-empty string');
		return value;
	}

	number(obj: Json, key: string, path: string, { min = 0 } = {}): number {
		const value = this.field(obj, key, path);
		if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
			return this.fail(join(path, key), `expected a finite number ≥ ${min}, got ${JSON.stringify(value)}`);
		}
		return value;
	}

	oneOf<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[]): T {
		const value = this.field(obj, key, path);
		if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
			return this.fail(join(path, key), `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
		}
		return value as T;
	}
}

function join(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	return path === '' ? key : `${path}.${key}`;
}

function figures(c: Checker, obj: Json, path: string): BenchmarkFigures {
	return { rps: c.number(obj, 'rps', path), p50Ms: c.number(obj, 'p50Ms', path), p99Ms: c.number(obj, 'p99Ms', path) };
}

/**
 * Checks that `data` has the shape of `benchmarks.json` and returns it typed. Throws a
 * `BenchmarkDataError` naming the first missing or invalid field (e.g. `results[3].median.p99Ms`),
 * an unknown scenario or setup in a result, or a scenario × setup pair without a result.
 * @param source how to name the data in errors, e.g. `src/data/benchmarks.json`
 */
export function parseBenchmarkResults(data: unknown, source = 'benchmarks.json'): BenchmarkResults {
	const c: Checker = new Checker(source);
	const root = c.object(data, '(root)');

	const schemaVersion = c.number(root, 'schemaVersion', '');
	if (schemaVersion !== benchmarkSchemaVersion) {
		c.fail('schemaVersion', `unsupported schema version ${schemaVersion} (expected ${benchmarkSchemaVersion})`);
	}
	const date = c.string(root, 'date', '');
	if (Number.isNaN(Date.parse(date))) c.fail('date', `expected an ISO date-time, got ${JSON.stringify(date)}`);
	const mode = c.oneOf(root, 'mode', '', ['full', 'quick'] as const);

	const m = c.object(c.field(root, 'machine', ''), 'machine');
	const machine: BenchmarkMachine = {
		cpuModel: c.string(m, 'cpuModel', 'machine'),
		cores: c.number(m, 'cores', 'machine', { min: 1 }),
		python: c.string(m, 'python', 'machine'),
		os: c.string(m, 'os', 'machine'),
	};

	const t = c.object(c.field(root, 'tool', ''), 'tool');
	const tool: BenchmarkTool = {
		name: c.oneOf(t, 'name', 'tool', ['wrk'] as const),
		version: c.string(t, 'version', 'tool'),
		connections: c.number(t, 'connections', 'tool', { min: 1 }),
		threads: c.number(t, 'threads', 'tool', { min: 1 }),
		durationSeconds: c.number(t, 'durationSeconds', 'tool', { min: 1 }),
		warmupSeconds: c.number(t, 'warmupSeconds', 'tool'),
		runs: c.number(t, 'runs', 'tool', { min: 1 }),
	};

	const v = c.object(c.field(root, 'versions', ''), 'versions');
	const versionEntries = versionKeys.map((key) => [key, c.string(v, key, 'versions')] as const);
	const versions = Object.fromEntries(versionEntries) as unknown as BenchmarkVersions;

	const workers = c.number(root, 'workers', '', { min: 1 });
	const p = c.object(c.field(root, 'pinning', ''), 'pinning');
	const pinning = { server: c.string(p, 'server', 'pinning'), load: c.string(p, 'load', 'pinning') };

	const scenarios = c.array(c.field(root, 'scenarios', ''), 'scenarios').map((raw, i): BenchmarkScenario => {
		const path = join('scenarios', i);
		const s = c.object(raw, path);
		return { id: c.string(s, 'id', path), label: c.string(s, 'label', path), description: c.string(s, 'description', path) };
	});
	const setups = c.array(c.field(root, 'setups', ''), 'setups').map((raw, i): BenchmarkSetup => {
		const path = join('setups', i);
		const s = c.object(raw, path);
		return {
			id: c.string(s, 'id', path),
			label: c.string(s, 'label', path),
			framework: c.oneOf(s, 'framework', path, ['flask', 'fastapi'] as const),
			server: c.string(s, 'server', path),
			command: c.string(s, 'command', path),
		};
	});
	if (scenarios.length === 0) c.fail('scenarios', 'expected at least one scenario');
	if (setups.length === 0) c.fail('setups', 'expected at least one setup');

	const skippedSetups =
		'skippedSetups' in root
			? c.array(root['skippedSetups'], 'skippedSetups').map((raw, i): SkippedBenchmarkSetup => {
					const path = join('skippedSetups', i);
					const s = c.object(raw, path);
					return { id: c.string(s, 'id', path), reason: c.string(s, 'reason', path) };
				})
			: undefined;

	const scenarioIds = new Set(scenarios.map((s) => s.id));
	const setupIds = new Set(setups.map((s) => s.id));
	const seen = new Set<string>();
	const results = c.array(c.field(root, 'results', ''), 'results').map((raw, i): BenchmarkResult => {
		const path = join('results', i);
		const r = c.object(raw, path);
		const scenario = c.string(r, 'scenario', path);
		const setup = c.string(r, 'setup', path);
		if (!scenarioIds.has(scenario)) c.fail(join(path, 'scenario'), `unknown scenario ${JSON.stringify(scenario)}`);
		if (!setupIds.has(setup)) c.fail(join(path, 'setup'), `unknown setup ${JSON.stringify(setup)}`);
		const key = `${scenario}\u0000${setup}`;
		if (seen.has(key)) c.fail(path, `second result for ${scenario} × ${setup}`);
		seen.add(key);
		const runs = c.array(c.field(r, 'runs', path), join(path, 'runs')).map((rawRun, j): BenchmarkRun => {
			const runPath = join(join(path, 'runs'), j);
			const run = c.object(rawRun, runPath);
			return {
				...figures(c, run, runPath),
				requests: c.number(run, 'requests', runPath),
				errors: c.number(run, 'errors', runPath),
			};
		});
		if (runs.length === 0) c.fail(join(path, 'runs'), 'expected at least one run');
		const medianPath = join(path, 'median');
		const median = figures(c, c.object(c.field(r, 'median', path), medianPath), medianPath);
		return { scenario, setup, runs, median, errors: c.number(r, 'errors', path) };
	});
	for (const scenario of scenarioIds) {
		for (const setup of setupIds) {
			if (!seen.has(`${scenario}\u0000${setup}`)) c.fail('results', `no result for ${scenario} × ${setup}`);
		}
	}

	return {
		schemaVersion: benchmarkSchemaVersion,
		date,
		mode,
		machine,
		tool,
		versions,
		workers,
		pinning,
		scenarios,
		setups,
		...(skippedSetups === undefined ? {} : { skippedSetups }),
		results,
	};
}

/** The median of some numbers (mean of the middle two for an even count). Throws on none. */
export function medianOf(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('medianOf: no values');
	if (values.some((v) => !Number.isFinite(v))) throw new RangeError('medianOf: values must be finite numbers');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const upper = sorted[mid] as number;
	return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** The result for one scenario × setup; throws when there is none. */
export function resultFor(results: BenchmarkResults, scenario: string, setup: string): BenchmarkResult {
	const found = results.results.find((r) => r.scenario === scenario && r.setup === setup);
	if (!found) throw new RangeError(`No benchmark result for scenario "${scenario}" on setup "${setup}"`);
	return found;
}

function setupOf(results: BenchmarkResults, id: string, framework: BenchmarkFramework): BenchmarkSetup {
	const setup = results.setups.find((s) => s.id === id);
	if (!setup) throw new RangeError(`Unknown benchmark setup "${id}"`);
	if (setup.framework !== framework) {
		throw new RangeError(`Benchmark setup "${id}" runs ${setup.framework}, expected a ${framework} setup`);
	}
	return setup;
}

/**
 * FastAPI's median figure divided by Flask's for one scenario. For `rps` (the default) above 1
 * means the FastAPI setup served more requests per second; for `p50Ms`/`p99Ms` below 1 means it
 * answered faster.
 */
export function ratio(
	results: BenchmarkResults,
	fastapiSetup: string,
	flaskSetup: string,
	scenario: string,
	metric: BenchmarkMetric = 'rps',
): number {
	setupOf(results, fastapiSetup, 'fastapi');
	setupOf(results, flaskSetup, 'flask');
	if (!metrics.includes(metric)) throw new RangeError(`Unknown benchmark metric "${String(metric)}"`);
	const fast = resultFor(results, scenario, fastapiSetup).median[metric];
	const flask = resultFor(results, scenario, flaskSetup).median[metric];
	if (flask === 0) throw new RangeError(`Flask's ${metric} for "${scenario}" on "${flaskSetup}" is 0; no ratio`);
	return fast / flask;
}

/** The lowest and highest requests per second among a result's runs. */
export function runRange(result: BenchmarkResult): { min: number; max: number } {
	const rps = result.runs.map((run) => run.rps);
	return { min: Math.min(...rps), max: Math.max(...rps) };
}

/** The result whose runs spread widest (highest run ÷ lowest run), with that range. */
export function noisiestResult(results: BenchmarkResults): BenchmarkResult & { min: number; max: number } {
	const spread = ({ min, max }: { min: number; max: number }): number => max / Math.max(min, 1e-9);
	const ranged = results.results.map((r) => ({ ...r, ...runRange(r) }));
	const first = ranged[0];
	if (!first) throw new RangeError('noisiestResult: no results');
	return ranged.reduce((a, b) => (spread(b) > spread(a) ? b : a), first);
}

/** A Flask setup a ratio divides by, with the short label the ratio chart shows for it. */
export interface RatioDivisor {
	readonly id: string;
	readonly short: string;
}

/**
 * One FastAPI setup's median requests per second divided by each Flask divisor's, per scenario.
 * Divisors the results lack are left out; with no such FastAPI setup, or none left, the list is empty.
 */
export function ratioRows(
	results: BenchmarkResults,
	fastapiSetup: string,
	divisors: readonly RatioDivisor[],
): { scenario: BenchmarkScenario; values: (RatioDivisor & { value: number })[] }[] {
	const has = (id: string): boolean => results.setups.some((s) => s.id === id);
	const present = has(fastapiSetup) ? divisors.filter((d) => has(d.id)) : [];
	if (present.length === 0) return [];
	return results.scenarios.map((scenario) => ({
		scenario,
		values: present.map((d) => ({ ...d, value: ratio(results, fastapiSetup, d.id, scenario.id) })),
	}));
}
