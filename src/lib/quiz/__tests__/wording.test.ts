import { describe, expect, it } from 'vitest';
import { describeResult, describeWeight, signed } from '../wording';
import { answersOf, site } from './helpers';

describe('describeResult', () => {
	it('names the recommended framework and the score, and asks for answers when there are none', () => {
		expect(describeResult(site.score(new Map())).heading).toBe('No answers yet');
		const fast = describeResult(site.score(answersOf({ build: 'api', io: 'slow-io' })));
		expect(fast.heading).toContain('FastAPI');
		expect(fast.summary).toContain('+5');
		expect(fast.summary).toContain('2 of');
		const flask = describeResult(site.score(answersOf({ build: 'site', team: 'flask-code' })));
		expect(flask.heading).toContain('Flask');
		expect(flask.summary).toContain('\u22126');
		// The scale names the ends the answered questions can reach, not a symmetric maximum.
		expect(flask.summary).toContain(`from \u22126 (Flask) to +4 (FastAPI)`);
		const tie = describeResult(site.score(answersOf({ build: 'api', team: 'flask-skills' })));
		expect(tie.heading).toMatch(/either/i);
		expect(tie.alsoConsider).toBeNull();
	});
});

describe('describeWeight', () => {
	it('names the framework and the signed points, with a real minus sign', () => {
		expect(describeWeight(-2)).toBe('Toward Flask (\u22122)');
		expect(describeWeight(3)).toBe('Toward FastAPI (+3)');
		expect(describeWeight(0)).toBe('Neutral');
		expect(signed(0)).toBe('0');
	});
});
