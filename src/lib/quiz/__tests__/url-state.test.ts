import { describe, expect, it } from 'vitest';
import { quizQuestions } from '../../../data/quiz';
import { quizParamLimits } from '../url-state';
import { SLOW_TEST_TIMEOUT, answerSets, answersOf, prng, site, toAnswers } from './helpers';

const question = (id: string) => {
	const found = quizQuestions.find((q) => q.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};

describe('parseQuizParams', () => {
	const noMarkup = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/[<>]/);

	it('reads a clean link with no problems, with or without "?"', () => {
		for (const search of [
			'?build=api&io=slow-io',
			'build=api&io=slow-io',
			new URLSearchParams('build=api&io=slow-io'),
		]) {
			const { answers, problems } = site.parse(search);
			expect(problems).toEqual([]);
			expect([...answers]).toEqual([
				['build', 'api'],
				['io', 'slow-io'],
			]);
		}
	});

	it('returns answers in question order whatever the link order', () => {
		expect([...site.parse('?io=slow-io&build=api').answers.keys()]).toEqual(['build', 'io']);
	});

	it('ignores a fragment and empty pairs', () => {
		const { answers, problems } = site.parse('?&build=api&&#io=slow-io');
		expect(problems).toEqual([]);
		expect([...answers]).toEqual([['build', 'api']]);
	});

	it('reports unknown questions by name and keeps the rest', () => {
		const { answers, problems } = site.parse('?foo=1&build=api&bar=2');
		expect(answers.get('build')).toBe('api');
		expect(problems).toEqual([
			{ kind: 'unknown-question', key: 'foo', message: 'Unknown question "foo" was ignored.' },
			{ kind: 'unknown-question', key: 'bar', message: 'Unknown question "bar" was ignored.' },
		]);
	});

	it('skips common tracking parameters silently', () => {
		const search =
			'?utm_source=newsletter&build=api&UTM_Campaign=x&fbclid=IwAR0abc&gclid=Cj0&msclkid=1&mc_cid=2&ref=hn&utm=1&referrer=x';
		const { answers, problems } = site.parse(search);
		expect([...answers]).toEqual([['build', 'api']]);
		// `utm` alone and `referrer` are not tracking parameters the quiz knows, so they are reported.
		expect(problems.map((p) => [p.kind, p.key])).toEqual([
			['unknown-question', 'utm'],
			['unknown-question', 'referrer'],
		]);
	});

	it('does not let prototype names through', () => {
		const { answers, problems } = site.parse('?__proto__=x&constructor=api&toString=1');
		expect(answers.size).toBe(0);
		expect(problems.map((p) => p.kind)).toEqual([
			'unknown-question',
			'unknown-question',
			'unknown-question',
		]);
		expect(({} as Record<string, unknown>)['x']).toBeUndefined();
	});

	it('reports invalid, truncated and empty values', () => {
		const { answers, problems } = site.parse('?build=nope&io=slo&docs=&types&ml=yes');
		expect([...answers]).toEqual([['ml', 'yes']]);
		expect(problems.map((p) => [p.kind, p.key])).toEqual([
			['invalid-value', 'build'],
			['invalid-value', 'io'],
			['invalid-value', 'docs'],
			['invalid-value', 'types'],
		]);
		expect(problems[0]?.message).toContain('"nope"');
		expect(problems[1]?.message).toMatch(/cut off/);
		expect(problems[2]?.message).toMatch(/empty/);
	});

	it('treats a link truncated inside a value as invalid, keeping earlier answers', () => {
		const { answers, problems } = site.parse('?build=api&io=slow-io&docs=ye');
		expect([...answers.keys()]).toEqual(['build', 'io']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ kind: 'invalid-value', key: 'docs' });
	});

	it('reports repeated questions and keeps the first valid answer', () => {
		const repeated = site.parse('?build=api&build=site');
		expect(repeated.answers.get('build')).toBe('api');
		expect(repeated.problems).toEqual([
			expect.objectContaining({ kind: 'duplicate', key: 'build' }),
		]);

		const invalidFirst = site.parse('?build=nope&build=site');
		expect(invalidFirst.answers.get('build')).toBe('site');
		expect(invalidFirst.problems.map((p) => p.kind)).toEqual(['invalid-value']);
	});

	it('reports broken percent-encoding in keys and values', () => {
		const { answers, problems } = site.parse('?build=%E0%A4%A&%E0%A4%A=api&io=%&%ZZ=1&ml=yes');
		expect([...answers]).toEqual([['ml', 'yes']]);
		expect(problems.map((p) => [p.kind, p.key])).toEqual([
			['malformed', 'build'],
			['malformed', '%E0%A4%A'],
			['malformed', 'io'],
			['malformed', '%ZZ'],
		]);
	});

	it('reports a parameter without a name', () => {
		expect(site.parse('?=api&build=api').problems).toEqual([
			expect.objectContaining({ kind: 'malformed', key: '' }),
		]);
	});

	it('never returns markup for script-like input, raw or encoded', () => {
		const searches = [
			'?build=<script>alert(1)</script>&io=slow-io',
			'?build=%3Cscript%3Ealert(1)%3C%2Fscript%3E&io=slow-io',
			'?<img src=x onerror=alert(1)>=1&io=slow-io',
			'?%3Csvg%20onload%3Dalert(1)%3E=1&io=slow-io',
			'?build="><b>x</b>&io=slow-io',
		];
		for (const search of searches) {
			const result = site.parse(search);
			expect(result.answers.get('io')).toBe('slow-io');
			expect(result.problems).toHaveLength(1);
			noMarkup(result);
		}
		expect(site.parse(searches[0] ?? '').problems[0]?.kind).toBe('invalid-value');
		expect(site.parse(searches[2] ?? '').problems[0]?.kind).toBe('unknown-question');
	});

	it('caps a very long query, keeping the answers before the cut and echoing little', () => {
		const filler = Array.from({ length: 400 }, (_, i) => `x${i}=1`).join('&');
		const { answers, problems } = site.parse(`?build=api&io=slow-io&${filler}&docs=yes`);
		expect([...answers.keys()]).toEqual(['build', 'io']); // docs comes after the cut
		expect(problems[0]).toMatchObject({ kind: 'too-long', key: '' });
		expect(problems.filter((p) => p.kind === 'too-long')).toHaveLength(1);
		expect(problems.filter((p) => p.kind === 'invalid-value')).toHaveLength(0); // the cut made no half pair
	});

	it('reports over-long keys and values without echoing them in full', () => {
		const long = 'a'.repeat(quizParamLimits.maxValueLength + 1);
		const { answers, problems } = site.parse(
			`?build=${long}&${long}=1&io=slow-io&x${'b'.repeat(50)}=1`,
		);
		expect([...answers]).toEqual([['io', 'slow-io']]);
		expect(problems.map((p) => [p.kind, p.key.slice(0, 5)])).toEqual([
			['too-long', 'build'],
			['too-long', 'aaaaa'],
			['unknown-question', 'xbbbb'],
		]);
		for (const problem of problems) {
			expect(problem.message).not.toMatch(/a{41}|b{41}/);
			expect(problem.key.length).toBeLessThanOrEqual(quizParamLimits.echoLength + 1);
		}
	});

	it(
		'survives random junk without throwing, leaking markup or accepting invalid answers',
		() => {
			const random = prng(42);
			const alphabet = [
				'a',
				'p',
				'i',
				'=',
				'&',
				'%',
				'E0',
				'3C',
				'<',
				'>',
				'"',
				"'",
				'?',
				'#',
				'+',
				' ',
				'é',
				'\u0000',
				'\n',
				'build',
				'io',
				'slow-io',
				'api',
				'%25',
			];
			for (let i = 0; i < 2000; i += 1) {
				const length = Math.floor(random() * 60);
				const search = Array.from(
					{ length },
					() => alphabet[Math.floor(random() * alphabet.length)],
				).join('');
				const result = site.parse(search);
				noMarkup(result);
				for (const [id, value] of result.answers)
					expect(question(id).options.some((o) => o.value === value)).toBe(true);
				for (const problem of result.problems) {
					expect(problem.message.length).toBeGreaterThan(10);
					expect(problem.message.length).toBeLessThan(200);
					if (problem.key) expect(problem.message).toContain(problem.key);
				}
			}
		},
		SLOW_TEST_TIMEOUT,
	);
});

describe('serializeQuizParams', () => {
	it('writes answers in question order and drops invalid ones', () => {
		const answers = answersOf({
			stability: 'high',
			zz: 'x',
			build: 'api',
			io: 'nope',
			team: 'new',
		});
		expect(site.serialize(answers)).toBe('build=api&team=new&stability=high');
		expect(site.serialize(new Map())).toBe('');
	});

	it(
		'round-trips every answer set: parse(serialize(a)) gives a back with no problems',
		() => {
			const failures: string[] = [];
			const sets = answerSets(quizQuestions, 200_000, 5_000);
			for (const digits of sets) {
				const answers = toAnswers(quizQuestions, digits);
				const query = site.serialize(answers);
				const parsed = site.parse(query);
				const same = JSON.stringify([...parsed.answers]) === JSON.stringify([...answers]);
				if (
					(/[^a-z0-9=&-]/.test(query) || parsed.problems.length > 0 || !same) &&
					failures.length < 5
				)
					failures.push(query);
			}
			expect(failures).toEqual([]);
			expect(sets.length).toBeGreaterThan(1000);
		},
		SLOW_TEST_TIMEOUT,
	);
});
