import { describe, expect, it } from 'vitest';
import { countByStatus } from '../claims';

describe('countByStatus', () => {
	it('counts in the order of the statuses given and leaves out the ones nobody has', () => {
		const claims = [{ status: 'wrong' }, { status: 'holds' }, { status: 'wrong' }] as const;
		expect(countByStatus(claims, ['holds', 'outdated', 'wrong'])).toEqual([
			{ status: 'holds', count: 1 },
			{ status: 'wrong', count: 2 },
		]);
	});
});
