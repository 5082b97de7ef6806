/**
 * The one schema of the benchmark's results file (`src/data/benchmarks.json`, written by
 * `npm run bench`). Written once, here, in Zod: the site parses the committed file with it, the
 * types below derive from it, and `bench/results.schema.json` is its JSON Schema export, which
 * the Python runner (bench/results.py) checks every results document against before writing it.
 * `src/data/__tests__/benchmark-schema.test.ts` fails when that export is out of date
 * (regenerate it with `npx vitest run src/data/__tests__/benchmark-schema.test.ts -u`).
 *
 * The facts both sides need are read from here, never restated: the schema version, the
 * packages whose versions a run records (`versions`), the modes.
 */
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const text = z.string().min(1);
const count = z.number().int().min(0);
const positiveCount = z.number().int().min(1);
const amount = z.number().min(0);
/**
 * Share of the machine's CPU time that was busy while the benchmark itself was idle: anything
 * above `quietBelow` means other work was running and the figures are noisy. The runner warns
 * above it, and the committed results must stay below it.
 */
export const quietBusyShare = 0.05;
const busyShare = z.number().min(0).max(1).meta({ quietBelow: quietBusyShare });

/** Figures measured in one run, and (as medians over the runs) for a whole result. */
const figures = {
	rps: amount.describe('Completed requests per second.'),
	p50Ms: amount.describe(
		"Median latency, milliseconds (wrk's, at this result's connection count).",
	),
	p99Ms: amount.describe('99th-percentile latency, milliseconds.'),
	cpuMsPerRequest: amount.describe(
		"CPU time (user + system) of the server's processes, master and workers, per request served.",
	),
	dbCpuMsPerRequest: amount
		.nullable()
		.describe(
			"CPU time of PostgreSQL's processes per request; null in scenarios that make no query.",
		),
	rssMiB: amount.describe(
		'Peak resident memory of the largest worker process during the load, MiB.',
	),
	requests: count.describe('Requests completed (summed over the runs for a result).'),
	errors: count.describe('Socket errors (connect, read, write, timeout) plus HTTP statuses ≥ 400.'),
};

export const benchmarkRunSchema = z.strictObject(figures);

export const benchmarkResultSchema = z.strictObject({
	scenario: id,
	setup: id,
	connections: positiveCount.describe('Concurrent keep-alive connections wrk held open.'),
	...figures,
	rpsMin: amount.describe(
		"The slowest run's requests per second: with rpsMax, the run-to-run spread.",
	),
	rpsMax: amount.describe("The fastest run's requests per second."),
	runs: z
		.array(benchmarkRunSchema)
		.min(1)
		.describe(
			'Every measured run (warm-ups are not kept); the other figures are medians of these.',
		),
});

export const benchmarkScenarioSchema = z.strictObject({
	id,
	label: text,
	description: text,
	method: z.enum(['GET', 'POST']),
	path: z.string().regex(/^\/[a-z]*$/),
	database: z.boolean().describe('True when the endpoint queries PostgreSQL.'),
	waitMs: amount
		.nullable()
		.describe('How long each request waits on simulated I/O, ms (the `io` scenario), else null.'),
	queriesPerRequest: positiveCount
		.nullable()
		.describe('Queries per request in the database scenarios, else null.'),
	connections: z
		.array(positiveCount)
		.min(1)
		.describe('The connection counts this scenario was measured at, ascending.'),
});

export const benchmarkSetupSchema = z.strictObject({
	id,
	label: text,
	framework: z.enum(['flask', 'fastapi']),
	server: text.describe('Server and worker model in words, e.g. "Gunicorn, 2 sync workers".'),
	workerModel: z
		.enum(['sync', 'threads', 'greenlets', 'async', 'threadpool'])
		.describe('What serves requests concurrently inside one worker process.'),
	workers: positiveCount,
	concurrencyPerWorker: positiveCount
		.nullable()
		.describe(
			'Requests one worker can hold at once (threads, greenlets); null when only the load limits it.',
		),
	poolPerWorker: positiveCount.describe(
		"Database connections each worker's pool opens at startup (and never exceeds).",
	),
	driver: text.describe('The database driver and pool, in words.'),
	driverWait: text.describe(
		'How the driver waits on its socket in this setup, as the running app reports it.',
	),
	command: text.describe('The exact command line, with `$PORT` for the port.'),
	startupMs: amount.describe('Median time from spawning the server to its first 200 answer, ms.'),
	startupRunsMs: z.array(amount).min(1).describe('Every startup measured, ms.'),
	importMs: amount.describe(
		'Median time to import the app module (framework, driver, app) in a fresh interpreter, ms.',
	),
	idleRssMiB: amount.describe(
		'Resident memory of the largest worker after startup, before any load, MiB.',
	),
});

export const benchmarkResultsSchema = z.strictObject({
	schemaVersion: z.literal(3),
	date: z.iso.datetime().describe('ISO 8601 date-time, UTC, when the run started.'),
	mode: z.enum(['full', 'quick']),
	elapsedSeconds: amount.describe('Wall-clock length of the whole run, seconds.'),
	machine: z.strictObject({
		cpuModel: text,
		cores: positiveCount,
		python: text,
		os: text,
		busyBeforeRun: busyShare.describe(
			'Share of all CPUs busy in the second before the run started, from /proc/stat.',
		),
		busyAfterRun: busyShare.describe(
			'Share of all CPUs busy in the second after every server and the database had stopped.',
		),
	}),
	tool: z.strictObject({
		name: z.literal('wrk'),
		version: text,
		threads: positiveCount,
		connections: positiveCount.describe(
			'The connection count every scenario is measured at (the swept ones at more levels too).',
		),
		durationSeconds: positiveCount,
		warmupSeconds: count.describe(
			'Discarded warm-up load per setup before each scenario and connection count.',
		),
		runs: positiveCount,
		timeoutSeconds: positiveCount,
	}),
	versions: z
		.strictObject({
			flask: text,
			werkzeug: text,
			fastapi: text,
			starlette: text,
			pydantic: text,
			'pydantic-core': text,
			jinja2: text,
			uvicorn: text,
			gunicorn: text,
			uvloop: text,
			httptools: text,
			gevent: text,
			greenlet: text,
			anyio: text,
			psycopg: text,
			'psycopg-binary': text,
			'psycopg-pool': text,
		})
		.describe('Installed versions of the packages that serve the requests.'),
	pinning: z
		.strictObject({ server: text, load: text, database: text })
		.describe('CPU lists given to `taskset -c` / sched_setaffinity.'),
	database: z.strictObject({
		version: text,
		connection: text.describe('How the apps reach it, e.g. "TCP on 127.0.0.1".'),
		settings: z
			.record(z.string(), z.string())
			.describe("Every server setting the run changed from PostgreSQL's defaults."),
		worldRows: positiveCount,
		fortuneRows: positiveCount,
	}),
	scenarios: z.array(benchmarkScenarioSchema).min(1),
	setups: z.array(benchmarkSetupSchema).min(1),
	results: z.array(benchmarkResultSchema).min(1),
});

export type BenchmarkRun = z.infer<typeof benchmarkRunSchema>;
export type BenchmarkResult = z.infer<typeof benchmarkResultSchema>;
export type BenchmarkScenario = z.infer<typeof benchmarkScenarioSchema>;
export type BenchmarkSetup = z.infer<typeof benchmarkSetupSchema>;
export type BenchmarkResults = z.infer<typeof benchmarkResultsSchema>;
export type BenchmarkFramework = BenchmarkSetup['framework'];
export type WorkerModel = BenchmarkSetup['workerModel'];

/** The results file's JSON Schema, as `bench/results.schema.json` holds it. */
export function benchmarkJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(benchmarkResultsSchema, { target: 'draft-2020-12' }) as Record<
		string,
		unknown
	>;
}
