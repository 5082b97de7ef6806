import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatCpuMs,
	formatInteger,
	formatMiB,
	formatMs,
	formatMsNumber,
	formatPercent,
	formatRatio,
	formatRps,
	formatTick,
} from '../charts/format';

describe('number formats', () => {
	it('formats requests per second as whole requests with separators', () => {
		expect(formatRps(10892.9)).toBe('10,893 req/s');
		expect(formatRps(38.7)).toBe('39 req/s');
		expect(formatRps(0)).toBe('0 req/s');
		expect(formatInteger(1235.2)).toBe('1,235');
	});

	it('formats milliseconds with one decimal below 100 and whole numbers above', () => {
		expect(formatMs(51.256)).toBe('51.3 ms');
		expect(formatMs(7.02)).toBe('7.0 ms');
		expect(formatMs(99.94)).toBe('99.9 ms');
		expect(formatMs(99.96)).toBe('100 ms');
		expect(formatMs(116.581)).toBe('117 ms');
		expect(formatMs(1638.279)).toBe('1,638 ms');
		expect(formatMsNumber(1651.925)).toBe('1,652');
	});

	it('formats ratios with more precision near 1×', () => {
		expect(formatRatio(1.0794)).toBe('1.08×');
		expect(formatRatio(1.996)).toBe('2.0×');
		expect(formatRatio(3.5414)).toBe('3.5×');
		expect(formatRatio(7.974)).toBe('8.0×');
		expect(formatRatio(9.96)).toBe('10×');
		expect(formatRatio(31.917)).toBe('32×');
		expect(() => formatRatio(-1)).toThrow(RangeError);
	});

	it('formats ticks compactly and zero as "0"', () => {
		expect(formatTick(0, 2000)).toBe('0');
		expect(formatTick(12000, 2000)).toBe('12k');
		expect(formatTick(1250, 250)).toBe('1,250');
		expect(formatTick(7.5, 2.5)).toBe('7.5');
		expect(formatTick(0.5, 0.1)).toBe('0.5');
	});

	it('refuses non-finite numbers', () => {
		expect(() => formatRps(Number.NaN)).toThrow(RangeError);
		expect(() => formatMs(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});

describe('formatCount', () => {
	it('puts the noun in the singular only for one', () => {
		expect(formatCount(1, 'run')).toBe('1 run');
		expect(formatCount(5, 'run')).toBe('5 runs');
		expect(formatCount(1200, 'thread')).toBe('1,200 threads');
		expect(formatCount(2, 'process', 'processes')).toBe('2 processes');
	});
});

describe('resource formats', () => {
	it('writes CPU time per request with two decimals below 10 ms', () => {
		expect(formatCpuMs(0.4249)).toBe('0.42 ms');
		expect(formatCpuMs(3.1)).toBe('3.10 ms');
		expect(formatCpuMs(12.34)).toBe('12.3 ms');
	});

	it('writes memory in whole MiB and shares as percentages', () => {
		expect(formatMiB(61.6)).toBe('62 MiB');
		expect(formatPercent(0.234)).toBe('23%');
		expect(() => formatMiB(Number.NaN)).toThrow(RangeError);
	});
});
