import { beforeAll, describe, expect, test } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { searchBuiltSite, type SearchHit } from './pagefind-node.ts';

// Search quality, measured on the built Pagefind index with the ranking the site's search box
// uses: each query is a reader's own words, with the page it must bring up in the first three
// results; those marked `first` must lead. "celery" and "rate limiting" are covered in passing by
// several pages, so for them the top three is the fair bar.

type Expectation = readonly [query: string, page: string, rank?: 'first'];

const expectations: readonly Expectation[] = [
	// Reported misses.
	['machine learning', 'compare/ml-model-serving/', 'first'],
	['celery', 'compare/ml-model-serving/'],
	// The databases page (issue 10) must lead for its own terms.
	['sqlalchemy', 'compare/databases/', 'first'],
	['alembic', 'compare/databases/', 'first'],
	['orm', 'compare/databases/', 'first'],
	['connection pool', 'compare/databases/', 'first'],
	['oauth', 'compare/security/', 'first'],
	['WSGI', 'guides/what-is-flask/', 'first'],
	['flask-login', 'compare/security/', 'first'],
	['rate limiting', 'compare/security/'],
	// Library, tool and API names.
	['pydantic', 'compare/data-validation/'],
	['swagger', 'compare/api-documentation/'],
	['openapi', 'compare/api-documentation/'],
	['depends', 'compare/dependency-injection/'],
	['gunicorn', 'compare/scalability-and-deployment/'],
	['uvicorn', 'compare/scalability-and-deployment/'],
	['docker', 'compare/scalability-and-deployment/'],
	['jinja', 'compare/templates-and-html/'],
	['csrf', 'compare/security/'],
	['cors', 'compare/security/'],
	['jwt', 'compare/security/'],
	['blueprint', 'compare/flexibility/'],
	['testclient', 'compare/testing/'],
	['pytest', 'compare/testing/'],
	['quart', 'compare/concurrency/'],
	['lifespan', 'compare/ml-model-serving/'],
	['werkzeug', 'guides/what-is-flask/'],
	['starlette', 'guides/what-is-fastapi/'],
	// Concepts.
	['websocket', 'compare/websockets-and-streaming/'],
	['server-sent events', 'compare/websockets-and-streaming/'],
	['streaming', 'compare/websockets-and-streaming/'],
	['async', 'compare/concurrency/'],
	['event loop', 'compare/concurrency/'],
	['thread pool', 'compare/concurrency/'],
	['ASGI', 'compare/concurrency/'],
	['GIL', 'compare/concurrency/'],
	['dependency injection', 'compare/dependency-injection/'],
	['type hints', 'compare/data-validation/'],
	['model serving', 'compare/ml-model-serving/'],
	['sessions', 'compare/security/'],
	['latency', 'compare/performance/'],
	['requests per second', 'benchmark/'],
	['github stars', 'compare/community-and-ecosystem/'],
	['extensions', 'compare/community-and-ecosystem/'],
	['hot reload', 'compare/developer-experience/'],
	['error messages', 'compare/developer-experience/'],
	['migrate', 'guides/migrating-from-flask-to-fastapi/'],
	['2022 article', 'fact-check/'],
];

let search: (term: string, limit?: number) => Promise<SearchHit[]>;
beforeAll(async () => {
	search = await searchBuiltSite(DIST);
});

const describeHits = (hits: readonly SearchHit[]) =>
	hits.map((hit) => `/${hit.path} (${hit.score.toFixed(2)})`).join(', ');

describe('each query brings up its page', () => {
	test.for(expectations)('"%s" lists /%s', async ([query, page, rank]) => {
		const hits = await search(query, 3);
		const paths = hits.map((hit) => hit.path);
		if (rank === 'first') expect(paths[0], `first results: ${describeHits(hits)}`).toBe(page);
		else expect(paths, `first results: ${describeHits(hits)}`).toContain(page);
	});
});

test('the list covers at least 30 queries and every comparison page', async () => {
	expect(expectations.length).toBeGreaterThanOrEqual(30);
	const { dimensions } = await import('../../src/data/dimensions.ts');
	const covered = new Set(expectations.map(([, page]) => page));
	expect(dimensions.map((d) => `compare/${d.id}/`).filter((page) => !covered.has(page))).toEqual(
		[],
	);
});

test('the quiz’s result panel, empty until a reader answers, is not offered as a search result', async () => {
	const hits = await search('your result', 10);
	const sections = hits.flatMap((hit) => hit.sections);
	expect(sections.filter((section) => section.includes('quiz-result-heading'))).toEqual([]);
});
