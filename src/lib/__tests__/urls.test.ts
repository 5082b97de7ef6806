import { describe, expect, it } from 'vitest';
import { normaliseBasePath, withBase } from '../urls';

describe('withBase', () => {
	it('leaves root-relative links alone at the domain root', () => {
		expect(withBase('/quiz/', '/')).toBe('/quiz/');
	});
	it('prefixes a sub-path base with or without its trailing slash', () => {
		expect(withBase('/quiz/', '/flask-vs-fastapi/')).toBe('/flask-vs-fastapi/quiz/');
		expect(withBase('/compare/#performance', '/flask-vs-fastapi')).toBe('/flask-vs-fastapi/compare/#performance');
	});
	it.each([
		['', '/compare/concurrency/#when-it-matters'],
		['/sub', '/sub/compare/concurrency/#when-it-matters'],
		['/a/b/', '/a/b/compare/concurrency/#when-it-matters'],
	])('joins a comparison section link to base %j', (base, expected) => {
		expect(withBase('/compare/concurrency/#when-it-matters', base)).toBe(expected);
	});
	it('never prefixes twice', () => {
		expect(withBase('/flask-vs-fastapi/quiz/', '/flask-vs-fastapi/')).toBe('/flask-vs-fastapi/quiz/');
	});
	it('leaves external, protocol-relative, fragment and relative links alone', () => {
		for (const href of ['https://fastapi.tiangolo.com/', '//cdn.example/x', '#c8', 'other/']) {
			expect(withBase(href, '/sub/')).toBe(href);
		}
	});
});

describe('normaliseBasePath', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['flask-vs-fastapi', '/flask-vs-fastapi/'],
		['/flask-vs-fastapi', '/flask-vs-fastapi/'],
		['//a/b//', '/a/b/'],
	])('%j becomes %j', (raw, expected) => {
		expect(normaliseBasePath(raw)).toBe(expected);
	});
	it('rejects a URL with a hint to use SITE_URL', () => {
		expect(() => normaliseBasePath('https://example.org/docs/')).toThrow(/SITE_URL/);
	});
});
