import { describe, expect, it } from 'vitest';
import {
	chartViewBox,
	estimateTextWidth,
	gridPath,
	linearScale,
	logScale,
	logTicks,
	niceTicks,
	svgNumber,
	tickLayout,
} from '../charts/geometry';

describe('niceTicks', () => {
	it.each([
		[10892.9, 12000, 2000],
		[5082, 6000, 2000],
		[1236.2, 1250, 250],
		[296.1, 300, 100],
		[116.581, 120, 20],
		[693.179, 750, 250],
		[1651.925, 2000, 500],
		[1, 1, 0.25],
	])('covers %d with an axis to %d in steps of %d', (max, top, step) => {
		const ticks = niceTicks(max);
		expect(ticks.max).toBe(top);
		expect(ticks.step).toBe(step);
		expect(ticks.values[0]).toBe(0);
		expect(ticks.values.at(-1)).toBe(top);
	});

	it('always covers the maximum with 3 to 6 evenly spaced intervals of 1, 2, 2.5 or 5 × 10ⁿ', () => {
		for (let i = 0; i < 2000; i++) {
			const max = 10 ** (i / 200 - 3) * (1 + (i % 7) / 10);
			const { max: top, step, values } = niceTicks(max);
			expect(top, `max ${max}`).toBeGreaterThanOrEqual(max);
			expect(values.length - 1).toBeGreaterThanOrEqual(3);
			expect(values.length - 1).toBeLessThanOrEqual(6);
			const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
			expect([1, 2, 2.5, 5]).toContain(mantissa);
			values.forEach((v, j) => expect(v).toBeCloseTo(j * step, 9));
			// Never more than one step of empty space above the data.
			expect(top - max).toBeLessThan(step);
		}
	});

	it('gives zero a scale of 0–1 and refuses negative or non-finite input', () => {
		expect(niceTicks(0)).toEqual({ max: 1, step: 1, values: [0, 1] });
		expect(() => niceTicks(-1)).toThrow(RangeError);
		expect(() => niceTicks(Number.NaN)).toThrow(RangeError);
	});
});

describe('logTicks', () => {
	it('spans 1-2-5 ticks around the values', () => {
		expect(logTicks(1, 31.9).values).toEqual([1, 2, 5, 10, 20, 50]);
		// Past two decades the labels thin out to 1-3-10 so they do not collide at 375 px.
		expect(logTicks(1, 118).values).toEqual([1, 3, 10, 30, 100, 300]);
		expect(logTicks(0.7, 3.5)).toMatchObject({ min: 0.5, max: 5, values: [0.5, 1, 2, 5] });
	});
	it('gives equal values a non-empty axis', () => {
		const ticks = logTicks(1, 1);
		expect(ticks.min).toBe(1);
		expect(ticks.max).toBe(2);
	});
	it('refuses values ≤ 0', () => {
		expect(() => logTicks(0, 2)).toThrow(RangeError);
	});
});

describe('scales', () => {
	it('maps linearly and clamps to the range', () => {
		const x = linearScale(100, 10, 210);
		expect(x(0)).toBe(10);
		expect(x(50)).toBe(110);
		expect(x(100)).toBe(210);
		expect(x(150)).toBe(210);
		expect(x(-5)).toBe(10);
	});
	it('maps logarithmically, so equal ratios get equal lengths', () => {
		const x = logScale(1, 100, 0, 200);
		expect(x(1)).toBe(0);
		expect(x(10)).toBeCloseTo(100, 9);
		expect(x(100)).toBeCloseTo(200, 9);
		expect(x(4) - x(2)).toBeCloseTo(x(2) - x(1), 9);
	});
});

describe('estimateTextWidth', () => {
	it('grows with length and font size, and bold is wider', () => {
		expect(estimateTextWidth('10,893 req/s', 12)).toBeGreaterThan(
			estimateTextWidth('39 req/s', 12),
		);
		expect(estimateTextWidth('abc', 24)).toBeCloseTo(2 * estimateTextWidth('abc', 12), 9);
		expect(estimateTextWidth('Flask', 13, { bold: true })).toBeGreaterThan(
			estimateTextWidth('Flask', 13),
		);
	});
});

describe('SVG markup helpers', () => {
	const frame = {
		width: 320,
		height: 100.456,
		plot: { x0: 0, x1: 320, y0: 2, y1: 80.5 },
		ticks: [
			{ value: 0, x: 1, text: '0', anchor: 'start' as const },
			{ value: 5, x: 160.3333, text: '5', anchor: 'middle' as const },
		],
	};

	it('rounds coordinates to whole units and writes the viewBox', () => {
		expect(svgNumber(39.66666)).toBe(40);
		expect(svgNumber(39.4)).toBe(39);
		expect(chartViewBox(frame)).toBe('0 0 320 100');
	});

	it('draws a grid line at every tick, across the plot or across each band', () => {
		expect(gridPath(frame)).toBe('M1 2V81M160 2V81');
		expect(
			gridPath(frame, [
				{ top: 10, bottom: 20 },
				{ top: 30, bottom: 40 },
			]),
		).toBe('M1 10V20M160 10V20M1 30V40M160 30V40');
	});
});

describe('tickLayout', () => {
	it('blanks a label that would touch the one before it, keeping its tick', () => {
		const x = logScale(20, 2000, 0, 320);
		const ticks = tickLayout(
			[20, 50, 100, 200, 500, 1000, 2000],
			x,
			(v) => (v >= 1000 ? `${v / 1000}k` : String(v)),
			320,
		);
		expect(ticks).toHaveLength(7);
		const span = (t: (typeof ticks)[number]) => {
			const w = estimateTextWidth(t.text, 12);
			const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
			return [left, left + w] as const;
		};
		const shown = ticks.filter((t) => t.text !== '').map(span);
		expect(shown.length).toBeGreaterThanOrEqual(4);
		for (let i = 1; i < shown.length; i++) expect(shown[i]![0]).toBeGreaterThan(shown[i - 1]![1]);
		const crowded = tickLayout(
			[1000, 1001, 1002],
			(v) => (v - 1000) * 5 + 100,
			(v) => v.toLocaleString('en-US'),
			320,
		);
		expect(crowded.map((t) => t.text)).toEqual(['1,000', '', '']);
	});
});
