import { describe, expect, it } from 'vitest';
import {
	describeStatusFilter,
	matchesStatus,
	parseStatusFilter,
	searchWithStatus,
} from '../claim-filter';

const statuses = ['holds', 'partly-holds', 'outdated', 'wrong', 'unverifiable'];

describe('parseStatusFilter', () => {
	it.each(['', '?status=', '?status=all', '?other=1'])('%j shows every claim', (search) => {
		expect(parseStatusFilter(search, statuses)).toEqual({ filter: 'all', rejected: null });
	});
	it('reads a known status', () => {
		expect(parseStatusFilter('?status=partly-holds', statuses)).toEqual({
			filter: 'partly-holds',
			rejected: null,
		});
	});
	it('falls back to every claim for an unknown status and reports it', () => {
		expect(parseStatusFilter('?status=Wrong', statuses)).toEqual({
			filter: 'all',
			rejected: 'Wrong',
		});
		expect(parseStatusFilter('?status=%3Cscript%3E', statuses)).toEqual({
			filter: 'all',
			rejected: '<script>',
		});
	});
});

describe('matchesStatus', () => {
	it('shows every row under all, and only the chosen status otherwise', () => {
		expect(matchesStatus('wrong', 'all')).toBe(true);
		expect(matchesStatus('wrong', 'wrong')).toBe(true);
		expect(matchesStatus('holds', 'wrong')).toBe(false);
	});
});

describe('searchWithStatus', () => {
	it('sets the parameter and keeps the others', () => {
		expect(searchWithStatus('?lang=en', 'wrong')).toBe('?lang=en&status=wrong');
		expect(searchWithStatus('?status=holds', 'outdated')).toBe('?status=outdated');
	});
	it('removes the parameter for all, leaving a plain address', () => {
		expect(searchWithStatus('?status=holds', 'all')).toBe('');
		expect(searchWithStatus('?status=holds&lang=en', 'all')).toBe('?lang=en');
	});
});

describe('describeStatusFilter', () => {
	it('says how many of how many claims are shown', () => {
		expect(describeStatusFilter(25, 25, null)).toBe('Showing all 25 claims.');
		expect(describeStatusFilter(4, 25, 'Wrong')).toBe('Showing 4 of 25 claims: Wrong.');
	});
	it('names a status from the address that does not exist', () => {
		expect(describeStatusFilter(25, 25, null, 'bogus')).toBe(
			'There is no status called “bogus”. Showing all 25 claims.',
		);
	});
});
