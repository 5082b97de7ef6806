/**
 * Sentences that state what the benchmark found in words, not through `fig`: a page summary, the
 * fact-check's verdicts on C4 and C23, a quiz reason. Figures in the prose are recomputed on every
 * rerun, but a word like "less" or "erased" is not, so each such sentence is listed here with the
 * check of the committed results that makes it true. When a rerun fails one, reword the sentence
 * (and this entry) from the new results; never loosen the check to keep the old words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarks } from '../benchmarks';
import { claims } from '../claims';
import { quizQuestions } from '../quiz';
import {
	capacity,
	capacityCeilingRps,
	resultFor,
	scenarioById,
	setupById,
} from '../../lib/benchmarks';

const DOCS = join(import.meta.dirname, '..', '..', 'content', 'docs');
const performancePage = readFileSync(join(DOCS, 'compare', 'performance.mdx'), 'utf8');
const benchmarkPage = readFileSync(join(DOCS, 'benchmark.mdx'), 'utf8');

const claimText = (id: string) => claims.find((c) => c.id === id)?.today ?? '';
const quizReason = (value: string) =>
	quizQuestions.flatMap((q) => q.options).find((o) => o.value === value)?.reason?.text ?? '';

const setupsOf = (framework: 'flask' | 'fastapi') =>
	benchmarks.setups.filter((s) => s.framework === framework).map((s) => s.id);
const cpu = (scenario: string, setup: string, connections?: number) =>
	resultFor(benchmarks, scenario, setup, connections).cpuMsPerRequest;
const rps = (scenario: string, setup: string) => resultFor(benchmarks, scenario, setup).rps;
const flaskCpu = (scenario: string) => setupsOf('flask').map((s) => cpu(scenario, s));
const best = (scenario: string, setups: readonly string[]) =>
	Math.max(...setups.map((s) => rps(scenario, s)));
/** Fastest ÷ slowest median among one framework's setups. */
const within = (scenario: string, setups: readonly string[]) =>
	best(scenario, setups) / Math.min(...setups.map((s) => rps(scenario, s)));

/** Scenarios by what a sentence calls them. */
const withQueries = ['db', 'queries', 'fortunes'];
const quick = ['cpu', 'db', 'queries', 'fortunes'];

/** FastAPI async's CPU per request over the thriftiest Flask setup's (medians). */
const asyncShare = (scenario: string) =>
	cpu(scenario, 'fastapi-uvicorn') / Math.min(...flaskCpu(scenario));
/** "About half": the share on JSON and validation. */
const aboutHalf = (scenario: string) => asyncShare(scenario) > 0.35 && asyncShare(scenario) < 0.65;
/** A query narrowed the lead: a larger share than on JSON, still below Flask's. */
const narrowed = (scenario: string) =>
	asyncShare(scenario) > Math.max(asyncShare('json'), asyncShare('validate')) &&
	asyncShare(scenario) < 1;
/** The lead erased: level with the thriftiest Flask setup or above it. */
const erased = (scenario: string) => asyncShare(scenario) >= 0.95;
/** `def` gave the lead back: level with or above every Flask setup. */
const defGaveItBack = (scenario: string) =>
	cpu(scenario, 'fastapi-uvicorn-threadpool') >= 0.9 * Math.max(...flaskCpu(scenario));
/** FastAPI `def` (sync driver) over FastAPI `async def` (async driver) in CPU per request. */
const defOverAsync = (scenario: string) =>
	cpu(scenario, 'fastapi-uvicorn-threadpool') / cpu(scenario, 'fastapi-uvicorn');
/** "Much closer" with a query than on JSON, where `def` costs at least twice as much. */
const defMuchCloser = (scenario: string) =>
	defOverAsync('json') >= 2 && defOverAsync(scenario) < 1.5 && defOverAsync(scenario) > 1 / 1.5;
/** Every run of FastAPI async below every run of every Flask setup: a lead beyond the noise. */
const clearlyLess = (scenario: string) => {
	const runs = (setup: string) =>
		resultFor(benchmarks, scenario, setup).runs.map((r) => r.cpuMsPerRequest);
	return (
		Math.max(...runs('fastapi-uvicorn')) < Math.min(...setupsOf('flask').flatMap((s) => runs(s)))
	);
};

interface Statement {
	where: string;
	text: string;
	source: string;
	holds: () => void;
}

const statements: Statement[] = [
	{
		where: 'performance page summary',
		source: performancePage,
		text: "on JSON, FastAPI's async endpoints cost about half Flask's CPU per request, a lead that database queries narrow or erase",
		holds: () => {
			expect(aboutHalf('json'), 'about half on json').toBe(true);
			for (const s of withQueries) expect(narrowed(s) || erased(s), s).toBe(true);
		},
	},
	{
		where: 'performance page, once a query is involved',
		source: performancePage,
		text: 'Every setup but sync can keep all of its',
		holds: () => {
			for (const setup of benchmarks.setups.filter((s) => s.workerModel !== 'sync')) {
				const held = capacity(setup);
				if (held !== null)
					expect(held, setup.id).toBeGreaterThanOrEqual(setup.workers * setup.poolPerWorker);
			}
		},
	},
	{
		where: 'performance page, CPU-bound handlers',
		source: performancePage,
		text: "The handler's own pure-Python loop is most of each request's cost",
		holds: () => {
			for (const { id } of benchmarks.setups)
				expect(cpu('json', id) / cpu('cpu', id), id).toBeLessThan(0.5);
		},
	},
	{
		where: 'performance page, when it matters',
		source: performancePage,
		text: '**CPU-heavy handlers**: the frameworks are close.',
		holds: () => {
			const gap = best('cpu', setupsOf('fastapi')) / best('cpu', setupsOf('flask'));
			expect(gap).toBeGreaterThan(1 / 1.25);
			expect(gap).toBeLessThan(1.25);
		},
	},
	{
		where: 'performance page, def endpoints once a query is involved',
		source: performancePage,
		text: 'Once a query is involved, `def` endpoints with a sync driver come much closer to `async def` with an async one, and were cheaper with',
		holds: () => {
			for (const s of withQueries) expect(defMuchCloser(s), s).toBe(true);
			expect(defOverAsync('queries')).toBeLessThan(1);
		},
	},
	{
		where: 'performance page, 20 queries per request',
		source: performancePage,
		text: "and FastAPI's lead was gone",
		holds: () => {
			expect(erased('queries')).toBe(true);
		},
	},
	{
		where: 'benchmark page, the db sweep',
		source: benchmarkPage,
		text: 'In `db`, every setup served fewer requests per second at the two higher connection counts than at the lowest, and its server spent more CPU time on each request. Its core was already busy at the lowest count',
		holds: () => {
			const [lowest, ...higher] = scenarioById(benchmarks, 'db').connections;
			expect(higher).toHaveLength(2);
			for (const { id } of benchmarks.setups) {
				const low = resultFor(benchmarks, 'db', id, lowest);
				// Busy: CPU seconds per second of the one core the server has.
				expect((low.rps * low.cpuMsPerRequest) / 1000, `${id} busy`).toBeGreaterThan(0.85);
				for (const connections of higher) {
					const high = resultFor(benchmarks, 'db', id, connections);
					expect(high.rps, `${id} at ${connections}`).toBeLessThan(low.rps);
					expect(high.cpuMsPerRequest, `${id} at ${connections}`).toBeGreaterThan(
						low.cpuMsPerRequest,
					);
				}
			}
		},
	},
	{
		where: 'C4',
		source: claimText('C4'),
		text: 'clearly less server CPU per request than any Flask setup on JSON and validation (no run overlapped), a lead that database queries narrowed or erased, and with 20 queries per request it spent more',
		holds: () => {
			for (const s of ['json', 'validate']) expect(clearlyLess(s), s).toBe(true);
			for (const s of withQueries) expect(narrowed(s) || erased(s), s).toBe(true);
			expect(asyncShare('queries')).toBeGreaterThan(1);
			expect(scenarioById(benchmarks, 'queries').queriesPerRequest).toBe(20);
		},
	},
	{
		where: 'C4',
		source: claimText('C4'),
		text: 'plain `def` endpoints gave that lead back on JSON and validation, and came much closer to `async def` once a query was involved',
		holds: () => {
			for (const s of ['json', 'validate']) expect(defGaveItBack(s), s).toBe(true);
			for (const s of withQueries) expect(defMuchCloser(s), s).toBe(true);
		},
	},
	{
		where: 'C4',
		source: claimText('C4'),
		text: 'the Flask setups with a fixed number of workers or threads stopped at their capacity',
		holds: () => {
			const io = scenarioById(benchmarks, 'io');
			const most = Math.max(...io.connections);
			for (const id of ['flask-gunicorn-sync', 'flask-gunicorn-gthread']) {
				const ceiling = capacityCeilingRps(setupById(benchmarks, id), io) ?? 0;
				const served = resultFor(benchmarks, 'io', id, most).rps;
				expect(served / ceiling, id).toBeGreaterThan(0.85);
				expect(served / ceiling, id).toBeLessThanOrEqual(1);
			}
		},
	},
	{
		where: 'C23',
		source: claimText('C23'),
		text: "lower CPU per request with `async def` endpoints, about half of Flask's on JSON, which database queries narrowed or erased; plain `def` endpoints, which FastAPI runs in a thread pool, gave it back on JSON and validation",
		holds: () => {
			expect(aboutHalf('json'), 'json').toBe(true);
			for (const s of withQueries) expect(narrowed(s) || erased(s), s).toBe(true);
			for (const s of ['json', 'validate']) expect(defGaveItBack(s), s).toBe(true);
		},
	},
	{
		where: 'C23',
		source: claimText('C23'),
		text: 'which Flask raises with gevent workers',
		holds: () => {
			const gthread = setupById(benchmarks, 'flask-gunicorn-gthread');
			const ceiling = capacityCeilingRps(gthread, scenarioById(benchmarks, 'io')) ?? 0;
			expect(rps('io', 'flask-gunicorn-gevent')).toBeGreaterThan(ceiling);
		},
	},
	{
		where: 'quiz reason for quick queries or computation',
		source: quizReason('quick-db'),
		text: 'the best FastAPI setup served up to about a third more than the best Flask one, and setups of one framework differed about as much',
		holds: () => {
			for (const s of quick) {
				const gap = best(s, setupsOf('fastapi')) / best(s, setupsOf('flask'));
				expect(gap, s).toBeLessThan(1.4);
				expect(gap, s).toBeGreaterThan(1 / 1.4);
				const spread = Math.max(within(s, setupsOf('fastapi')), within(s, setupsOf('flask')));
				expect(gap, s).toBeLessThanOrEqual(spread * 1.1);
			}
		},
	},
];

describe('sentences that state benchmark findings in words', () => {
	it.each(statements)('$where: "$text" is on the page', ({ source, text }) => {
		expect(source.replace(/\s+/g, ' ')).toContain(text);
	});

	it.each(statements)('$where: "$text" holds in the committed results', ({ holds }) => {
		holds();
	});
});
