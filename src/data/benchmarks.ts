/**
 * The benchmark's committed results (`benchmarks.json` beside this file, written by
 * `npm run bench`; see bench/README.md), checked at build time against the one results schema
 * (benchmark-schema.ts), so a malformed or partial file stops the build with the bad field named.
 * Pages read every figure from here through the helpers in src/lib/benchmarks.ts.
 */
import raw from './benchmarks.json?raw';
import { benchmarkResultsSchema, type BenchmarkResults } from './benchmark-schema';

export type * from './benchmark-schema';

const SOURCE = 'src/data/benchmarks.json';

/**
 * Parses and checks a results document; throws an Error naming `source`, each bad field's path
 * and the problem, and how to regenerate the file.
 */
export function parseBenchmarkResults(text: string, source = SOURCE): BenchmarkResults {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${source} is not valid JSON: ${(error as Error).message}`, { cause: error });
	}
	const parsed = benchmarkResultsSchema.safeParse(data);
	if (!parsed.success) {
		const issues = parsed.error.issues
			.slice(0, 5)
			.map((issue) => `"${issue.path.join('.') || '(root)'}": ${issue.message}`)
			.join('; ');
		throw new Error(
			`${source} does not match the results schema: ${issues}. Regenerate it with \`npm run bench\` (see bench/README.md).`,
		);
	}
	return parsed.data;
}

/** The committed results file's text, exactly as committed (published at `/data/benchmarks.json`). */
export const benchmarksJson: string = raw;

/** The committed results, checked. */
export const benchmarks: BenchmarkResults = parseBenchmarkResults(raw);

/** Two setups the pages compare, FastAPI's over Flask's, with the short label a ratio chart shows. */
export interface SetupPair {
	readonly fastapi: string;
	readonly flask: string;
	readonly short: string;
	/** Why these two belong together. */
	readonly alike: string;
}

/**
 * The comparisons the pages make: each FastAPI setup beside the Flask setup that serves requests
 * the same way (threads with threads, cooperative with cooperative), and the two defaults.
 */
export const setupPairs: readonly SetupPair[] = [
	{
		fastapi: 'fastapi-uvicorn-threadpool',
		flask: 'flask-gunicorn-gthread',
		short: 'def ÷ gthread',
		alike: 'both run handlers in threads, with the same sync driver',
	},
	{
		fastapi: 'fastapi-uvicorn',
		flask: 'flask-gunicorn-gevent',
		short: 'async ÷ gevent',
		alike: 'both interleave waiting requests inside each worker',
	},
	{
		fastapi: 'fastapi-uvicorn',
		flask: 'flask-gunicorn-sync',
		short: 'async ÷ sync',
		alike: "each framework's most common default",
	},
];
