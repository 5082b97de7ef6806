import { describe, expect, it } from 'vitest';
import { absoluteUrl, normaliseBasePath, normaliseSiteUrl, withBase } from '../urls';

describe('withBase', () => {
	it('leaves root-relative links alone at the domain root', () => {
		expect(withBase('/quiz/', '/')).toBe('/quiz/');
	});
	it('prefixes a sub-path base with or without its trailing slash', () => {
		expect(withBase('/quiz/', '/flask-vs-fastapi/')).toBe('/flask-vs-fastapi/quiz/');
		expect(withBase('/compare/#performance', '/flask-vs-fastapi')).toBe(
			'/flask-vs-fastapi/compare/#performance',
		);
	});
	it.each([
		['', '/compare/concurrency/#when-it-matters'],
		['/sub', '/sub/compare/concurrency/#when-it-matters'],
		['/a/b/', '/a/b/compare/concurrency/#when-it-matters'],
	])('joins a comparison section link to base %j', (base, expected) => {
		expect(withBase('/compare/concurrency/#when-it-matters', base)).toBe(expected);
	});
	it('never prefixes twice', () => {
		expect(withBase('/flask-vs-fastapi/quiz/', '/flask-vs-fastapi/')).toBe(
			'/flask-vs-fastapi/quiz/',
		);
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

describe('normaliseSiteUrl', () => {
	it('is undefined when unset, so the build can say so', () => {
		expect(normaliseSiteUrl(undefined)).toBeUndefined();
		expect(normaliseSiteUrl('  ')).toBeUndefined();
	});
	it('keeps an origin, without its trailing slash', () => {
		expect(normaliseSiteUrl('https://flask-or-fastapi.github.io/')).toBe(
			'https://flask-or-fastapi.github.io',
		);
		expect(normaliseSiteUrl(' http://localhost:4321 ')).toBe('http://localhost:4321');
	});
	it('rejects a path with a hint to use BASE_PATH', () => {
		expect(() => normaliseSiteUrl('https://example.github.io/flask-vs-fastapi/')).toThrow(
			/BASE_PATH/,
		);
	});
	it.each(['example.github.io', 'ftp://example.org', 'https://example.org/?x=1'])(
		'rejects %j with the value in the message',
		(raw) => {
			expect(() => normaliseSiteUrl(raw)).toThrow(raw);
		},
	);
});

describe('absoluteUrl', () => {
	it('joins the origin, the base and the path', () => {
		expect(absoluteUrl('/og/index.png', 'https://example.github.io', '/flask-vs-fastapi/')).toBe(
			'https://example.github.io/flask-vs-fastapi/og/index.png',
		);
		expect(absoluteUrl('/compare/', new URL('http://localhost:4321'), '/')).toBe(
			'http://localhost:4321/compare/',
		);
	});
});
