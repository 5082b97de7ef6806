import { describe, expect, it } from 'vitest';
import {
	CHART_FONT,
	CHART_WIDTH,
	barChartLayout,
	chartViewBox,
	estimateTextWidth,
	formatCount,
	formatInteger,
	formatMs,
	formatMsNumber,
	formatRatio,
	formatRps,
	formatTick,
	gridPath,
	linearScale,
	logScale,
	logTicks,
	niceTicks,
	rangeChartLayout,
	rangeValueStyle,
	rangeValueText,
	ratioChartLayout,
	svgNumber,
	type BarInput,
	type RangeInput,
} from '../charts';

const setups = [
	{ id: 'flask-gunicorn-sync', label: 'Flask · Gunicorn sync', series: 'flask' },
	{ id: 'flask-gunicorn-gthread', label: 'Flask · Gunicorn gthread', series: 'flask' },
	{ id: 'fastapi-uvicorn', label: 'FastAPI · Uvicorn', series: 'fastapi' },
	{ id: 'fastapi-gunicorn-asgi', label: 'FastAPI · Gunicorn ASGI', series: 'fastapi' },
] as const;

function bars(values: readonly number[]): BarInput[] {
	return setups.map((s, i) => ({ ...s, value: values[i] ?? 0 }));
}

function ranges(pairs: readonly (readonly [number, number])[]): RangeInput[] {
	return setups.map((s, i) => ({ ...s, low: pairs[i]?.[0] ?? 0, high: pairs[i]?.[1] ?? 0 }));
}

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
		expect(estimateTextWidth('10,893 req/s', 12)).toBeGreaterThan(estimateTextWidth('39 req/s', 12));
		expect(estimateTextWidth('abc', 24)).toBeCloseTo(2 * estimateTextWidth('abc', 12), 9);
		expect(estimateTextWidth('Flask', 13, { bold: true })).toBeGreaterThan(estimateTextWidth('Flask', 13));
	});
});

describe('barChartLayout', () => {
	const data = bars([3075.9, 3390.2, 10892.9, 8635.9]);
	const chart = barChartLayout(data, { format: formatRps });

	it('fits in the chart width and labels every bar with its value', () => {
		expect(chart.width).toBe(CHART_WIDTH);
		expect(chart.bars.map((b) => b.valueLabel.text)).toEqual(['3,076 req/s', '3,390 req/s', '10,893 req/s', '8,636 req/s']);
		expect(chart.bars.map((b) => b.label.text)).toEqual(setups.map((s) => s.label));
		expect(chart.bars.map((b) => b.series)).toEqual(['flask', 'flask', 'fastapi', 'fastapi']);
	});

	it('never draws a bar outside the plot, nor a value label outside the chart', () => {
		for (const bar of chart.bars) {
			expect(bar.x).toBe(chart.plot.x0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.x1 + 1e-9);
			expect(bar.y).toBeGreaterThanOrEqual(chart.plot.y0);
			expect(bar.y + bar.height).toBeLessThanOrEqual(chart.plot.y1);
			expect(bar.valueLabel.x + estimateTextWidth(bar.valueLabel.text, CHART_FONT.value)).toBeLessThanOrEqual(chart.width);
			expect(estimateTextWidth(bar.label.text, CHART_FONT.label, { bold: true })).toBeLessThanOrEqual(chart.width);
		}
		expect(chart.height).toBeGreaterThan(chart.plot.y1);
	});

	it('draws lengths in proportion to the values, on an axis that covers the largest', () => {
		const [sync, , uvicorn] = chart.bars;
		expect(uvicorn!.width / sync!.width).toBeCloseTo(10892.9 / 3075.9, 6);
		expect(chart.ticks.map((t) => t.text)).toEqual(['0', '2k', '4k', '6k', '8k', '10k', '12k']);
		expect(chart.ticks.at(-1)!.x).toBe(chart.plot.x1);
	});

	it('stacks the rows without overlap', () => {
		for (let i = 1; i < chart.bars.length; i++) {
			const above = chart.bars[i - 1]!;
			const here = chart.bars[i]!;
			expect(here.label.y - CHART_FONT.label).toBeGreaterThan(above.y + above.height);
			expect(here.y).toBeGreaterThan(here.label.y);
		}
	});

	it('gives a value of zero a zero-length bar and still labels it', () => {
		const zero = barChartLayout(bars([0, 38.7, 1235.2, 1236.2]), { format: formatRps });
		expect(zero.bars[0]!.width).toBe(0);
		expect(zero.bars[0]!.valueLabel.text).toBe('0 req/s');
		const allZero = barChartLayout(bars([0, 0, 0, 0]), { format: formatRps });
		for (const bar of allZero.bars) expect(bar.width).toBe(0);
	});

	it('keeps the io scenario readable: the smallest bar still has a length, the largest fits', () => {
		const io = barChartLayout(bars([38.7, 154.9, 1235.2, 1236.2]), { format: formatRps });
		expect(io.bars[0]!.width).toBeGreaterThan(0);
		expect(Math.max(...io.bars.map((b) => b.x + b.width))).toBeLessThanOrEqual(io.plot.x1);
	});

	it('describes the figures in words', () => {
		expect(chart.desc).toBe(
			'Flask · Gunicorn sync: 3,076 req/s; Flask · Gunicorn gthread: 3,390 req/s; FastAPI · Uvicorn: 10,893 req/s; FastAPI · Gunicorn ASGI: 8,636 req/s.',
		);
	});

	it('keeps tick labels inside the chart', () => {
		for (const tick of chart.ticks) {
			const w = estimateTextWidth(tick.text, CHART_FONT.tick);
			const left = tick.anchor === 'start' ? tick.x : tick.anchor === 'middle' ? tick.x - w / 2 : tick.x - w;
			expect(left).toBeGreaterThanOrEqual(0);
			expect(left + w).toBeLessThanOrEqual(chart.width);
		}
	});

	it('refuses negative, non-finite or no values', () => {
		expect(() => barChartLayout(bars([-1, 1, 1, 1]), { format: formatRps })).toThrow(RangeError);
		expect(() => barChartLayout(bars([Number.NaN, 1, 1, 1]), { format: formatRps })).toThrow(RangeError);
		expect(() => barChartLayout([], { format: formatRps })).toThrow(RangeError);
	});
});

describe('rangeChartLayout', () => {
	const json = ranges([
		[18.522, 57.043],
		[18.068, 116.581],
		[7.02, 16.115],
		[8.031, 36.986],
	]);
	const io = ranges([
		[1638.279, 1651.925],
		[408.248, 414.423],
		[51.062, 57.135],
		[51.256, 63.425],
	]);

	it('puts p50 left of p99, both inside the plot', () => {
		const chart = rangeChartLayout(json);
		for (const row of chart.rows) {
			expect(row.lowX).toBeLessThan(row.highX);
			expect(row.lowX - row.markerRadius).toBeGreaterThanOrEqual(0);
			expect(row.highX + row.markerRadius).toBeLessThanOrEqual(chart.width);
			expect(row.highX).toBeLessThanOrEqual(chart.plot.x1);
		}
		expect(chart.ticks.at(-1)!.value).toBe(120);
	});

	it('writes both figures, named when they fit beside every label', () => {
		const chart = rangeChartLayout(json, { width: 400 });
		expect(chart.style).toBe('named');
		expect(chart.rows[2]!.valueLabel.text).toBe('p50 7.0 · p99 16.1 ms');
		expect(chart.desc).toContain('FastAPI · Uvicorn: p50 7.0 ms, p99 16.1 ms');
	});

	it('falls back to the short form for every row when one row would not fit', () => {
		expect(rangeValueStyle(io)).toBe('short');
		const chart = rangeChartLayout(io);
		expect(chart.rows.map((r) => r.valueLabel.text)).toEqual(['1,638 / 1,652 ms', '408 / 414 ms', '51.1 / 57.1 ms', '51.3 / 63.4 ms']);
		// The short form fits beside the label in every row.
		for (const row of chart.rows) {
			const label = estimateTextWidth(row.label.text, CHART_FONT.label, { bold: true });
			expect(label + 10 + estimateTextWidth(row.valueLabel.text, CHART_FONT.value)).toBeLessThanOrEqual(chart.width);
		}
	});

	it('lets a caller use one style for several charts', () => {
		expect(rangeValueStyle(json, 400)).toBe('named');
		const longer = { ...json[0]!, id: 'other', label: 'A setup label longer than any real one' };
		const style = rangeValueStyle([...json, longer], 400);
		expect(rangeChartLayout(json, { style, width: 400 }).rows[0]!.valueLabel.text).toBe(rangeValueText({ low: 18.522, high: 57.043 }, 'short'));
	});

	it('draws a zero range as one point and refuses negative values', () => {
		const chart = rangeChartLayout(ranges([[0, 0], [1, 2], [1, 2], [1, 2]]));
		expect(chart.rows[0]!.lowX).toBe(chart.rows[0]!.highX);
		expect(chart.rows[0]!.lowX).toBe(chart.plot.x0);
		expect(() => rangeChartLayout(ranges([[-1, 2], [1, 2], [1, 2], [1, 2]]))).toThrow(RangeError);
	});
});

describe('ratioChartLayout', () => {
	const groups = [
		{ id: 'json', label: 'Small JSON', bars: [{ id: 'json-sync', label: 'vs sync', value: 3.541 }, { id: 'json-gthread', label: 'vs gthread', value: 3.213 }] },
		{ id: 'io', label: 'Wait 50 ms on I/O', bars: [{ id: 'io-sync', label: 'vs sync', value: 31.917 }, { id: 'io-gthread', label: 'vs gthread', value: 7.974 }] },
		{ id: 'cpu', label: '~3 ms of CPU work', bars: [{ id: 'cpu-sync', label: 'vs sync', value: 1.079 }, { id: 'cpu-gthread', label: 'vs gthread', value: 0.8 }] },
	];
	const chart = ratioChartLayout(groups);
	const all = chart.groups.flatMap((g) => g.bars);

	it('starts every bar at the 1× reference line and keeps it inside the plot', () => {
		for (const bar of all) {
			expect(bar.x).toBeGreaterThanOrEqual(chart.plot.x0 - 1e-9);
			expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.x1 + 1e-9);
			expect(bar.value >= 1 ? bar.x : bar.x + bar.width).toBeCloseTo(chart.referenceX, 9);
		}
		expect(chart.ticks.map((t) => t.text)).toEqual(['0.5×', '1×', '2×', '5×', '10×', '20×', '50×']);
	});

	it('labels ratios and says whom they favour', () => {
		expect(all.map((b) => b.valueLabel.text)).toEqual(['3.5×', '3.2×', '32×', '8.0×', '1.08×', '0.80×']);
		expect(all.map((b) => b.favours)).toEqual(['fastapi', 'fastapi', 'fastapi', 'fastapi', 'fastapi', 'flask']);
		for (const bar of all) {
			expect(bar.valueLabel.x + estimateTextWidth(bar.valueLabel.text, CHART_FONT.value)).toBeLessThanOrEqual(chart.width);
		}
	});

	it('puts 1× at the left edge when every ratio is at least 1', () => {
		const above = ratioChartLayout([groups[0]!, groups[1]!]);
		expect(above.referenceX).toBe(above.plot.x0);
		expect(above.ticks[0]!.text).toBe('1×');
	});

	it('keeps each group’s bars inside its band, below its label', () => {
		for (const group of chart.groups) {
			for (const bar of group.bars) {
				expect(bar.y).toBeGreaterThanOrEqual(group.bandTop);
				expect(bar.y + bar.height).toBeLessThanOrEqual(group.bandBottom);
			}
			expect(group.bandTop).toBeGreaterThan(group.label.y);
		}
	});

	it('refuses ratios ≤ 0 and empty input', () => {
		expect(() => ratioChartLayout([{ id: 'x', label: 'x', bars: [{ id: 'a', label: 'a', value: 0 }] }])).toThrow(RangeError);
		expect(() => ratioChartLayout([])).toThrow(RangeError);
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

	it('rounds coordinates to a tenth and writes the viewBox', () => {
		expect(svgNumber(39.66666)).toBe(39.7);
		expect(chartViewBox(frame)).toBe('0 0 320 100.5');
	});

	it('draws a grid line at every tick, across the plot or across each band', () => {
		expect(gridPath(frame)).toBe('M1 2V80.5M160.3 2V80.5');
		expect(gridPath(frame, [{ top: 10, bottom: 20 }, { top: 30, bottom: 40 }])).toBe('M1 10V20M160.3 10V20M1 30V40M160.3 30V40');
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
