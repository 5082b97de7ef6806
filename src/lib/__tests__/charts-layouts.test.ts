import { describe, expect, it } from 'vitest';
import { barChartLayout, type BarInput } from '../charts/bar-chart';
import { formatRps } from '../charts/format';
import { CHART_FONT, CHART_WIDTH, estimateTextWidth } from '../charts/geometry';
import {
	rangeChartLayout,
	rangeValueStyle,
	rangeValueText,
	type RangeInput,
} from '../charts/range-chart';
import { ratioChartLayout } from '../charts/ratio-chart';
import { sweepChartLayout } from '../charts/sweep-chart';

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

describe('barChartLayout', () => {
	const data = bars([3075.9, 3390.2, 10892.9, 8635.9]);
	const chart = barChartLayout(data, { format: formatRps });

	it('fits in the chart width and labels every bar with its value', () => {
		expect(chart.width).toBe(CHART_WIDTH);
		expect(chart.bars.map((b) => b.valueLabel.text)).toEqual([
			'3,076 req/s',
			'3,390 req/s',
			'10,893 req/s',
			'8,636 req/s',
		]);
		expect(chart.bars.map((b) => b.label.text)).toEqual(setups.map((s) => s.label));
		expect(chart.bars.map((b) => b.series)).toEqual(['flask', 'flask', 'fastapi', 'fastapi']);
	});

	it('never draws a bar outside the plot, nor a value label outside the chart', () => {
		for (const bar of chart.bars) {
			expect(bar.x).toBe(chart.plot.x0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.x1 + 1e-9);
			expect(bar.y).toBeGreaterThanOrEqual(chart.plot.y0);
			expect(bar.y + bar.height).toBeLessThanOrEqual(chart.plot.y1);
			expect(
				bar.valueLabel.x + estimateTextWidth(bar.valueLabel.text, CHART_FONT.value),
			).toBeLessThanOrEqual(chart.width);
			expect(
				estimateTextWidth(bar.label.text, CHART_FONT.label, { bold: true }),
			).toBeLessThanOrEqual(chart.width);
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
			const left =
				tick.anchor === 'start' ? tick.x : tick.anchor === 'middle' ? tick.x - w / 2 : tick.x - w;
			expect(left).toBeGreaterThanOrEqual(0);
			expect(left + w).toBeLessThanOrEqual(chart.width);
		}
	});

	it('refuses negative, non-finite or no values', () => {
		expect(() => barChartLayout(bars([-1, 1, 1, 1]), { format: formatRps })).toThrow(RangeError);
		expect(() => barChartLayout(bars([Number.NaN, 1, 1, 1]), { format: formatRps })).toThrow(
			RangeError,
		);
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
		expect(chart.rows.map((r) => r.valueLabel.text)).toEqual([
			'1,638 / 1,652 ms',
			'408 / 414 ms',
			'51.1 / 57.1 ms',
			'51.3 / 63.4 ms',
		]);
		// The short form fits beside the label in every row.
		for (const row of chart.rows) {
			const label = estimateTextWidth(row.label.text, CHART_FONT.label, { bold: true });
			expect(
				label + 10 + estimateTextWidth(row.valueLabel.text, CHART_FONT.value),
			).toBeLessThanOrEqual(chart.width);
		}
	});

	it('lets a caller use one style for several charts', () => {
		expect(rangeValueStyle(json, 400)).toBe('named');
		const longer = { ...json[0]!, id: 'other', label: 'A setup label longer than any real one' };
		const style = rangeValueStyle([...json, longer], 400);
		expect(rangeChartLayout(json, { style, width: 400 }).rows[0]!.valueLabel.text).toBe(
			rangeValueText({ low: 18.522, high: 57.043 }, 'short'),
		);
	});

	it('draws a zero range as one point and refuses negative values', () => {
		const chart = rangeChartLayout(
			ranges([
				[0, 0],
				[1, 2],
				[1, 2],
				[1, 2],
			]),
		);
		expect(chart.rows[0]!.lowX).toBe(chart.rows[0]!.highX);
		expect(chart.rows[0]!.lowX).toBe(chart.plot.x0);
		expect(() =>
			rangeChartLayout(
				ranges([
					[-1, 2],
					[1, 2],
					[1, 2],
					[1, 2],
				]),
			),
		).toThrow(RangeError);
	});
});

describe('ratioChartLayout', () => {
	const groups = [
		{
			id: 'json',
			label: 'Small JSON',
			bars: [
				{ id: 'json-sync', label: 'vs sync', value: 3.541 },
				{ id: 'json-gthread', label: 'vs gthread', value: 3.213 },
			],
		},
		{
			id: 'io',
			label: 'Wait 50 ms on I/O',
			bars: [
				{ id: 'io-sync', label: 'vs sync', value: 31.917 },
				{ id: 'io-gthread', label: 'vs gthread', value: 7.974 },
			],
		},
		{
			id: 'cpu',
			label: '~3 ms of CPU work',
			bars: [
				{ id: 'cpu-sync', label: 'vs sync', value: 1.079 },
				{ id: 'cpu-gthread', label: 'vs gthread', value: 0.8 },
			],
		},
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
		expect(all.map((b) => b.valueLabel.text)).toEqual([
			'3.5×',
			'3.2×',
			'32×',
			'8.0×',
			'1.08×',
			'0.80×',
		]);
		expect(all.map((b) => b.favours)).toEqual([
			'fastapi',
			'fastapi',
			'fastapi',
			'fastapi',
			'fastapi',
			'flask',
		]);
		for (const bar of all) {
			expect(
				bar.valueLabel.x + estimateTextWidth(bar.valueLabel.text, CHART_FONT.value),
			).toBeLessThanOrEqual(chart.width);
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
		expect(() =>
			ratioChartLayout([{ id: 'x', label: 'x', bars: [{ id: 'a', label: 'a', value: 0 }] }]),
		).toThrow(RangeError);
		expect(() => ratioChartLayout([])).toThrow(RangeError);
	});
});

describe('barChartLayout with the run-to-run spread', () => {
	const rows = bars([3075.9, 3390.2, 10892.9, 8635.9]).map((bar) => ({
		...bar,
		spread: { min: bar.value * 0.9, max: bar.value * 1.2 },
	}));
	const chart = barChartLayout(rows, { format: formatRps });

	it('draws a whisker from the slowest to the fastest run, across the bar’s end', () => {
		for (const bar of chart.bars) {
			expect(bar.whisker).toBeDefined();
			expect(bar.whisker!.x1).toBeLessThan(bar.x + bar.width);
			expect(bar.whisker!.x2).toBeGreaterThan(bar.x + bar.width);
			expect(bar.whisker!.x2).toBeLessThanOrEqual(chart.plot.x1 + 1e-9);
			expect(bar.valueLabel.x).toBeGreaterThan(bar.whisker!.x2);
		}
	});

	it('scales the axis to the fastest run and says the spread in words', () => {
		expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(10892.9 * 1.2);
		expect(chart.desc).toContain(
			'FastAPI · Uvicorn: 10,893 req/s, runs 9,804 req/s to 13,071 req/s',
		);
	});

	it('refuses a spread that does not enclose the median', () => {
		const bad = [{ ...rows[0]!, spread: { min: 4000, max: 5000 } }];
		expect(() => barChartLayout(bad, { format: formatRps })).toThrow(/spread/);
	});
});

describe('sweepChartLayout', () => {
	const rows = [
		{
			id: 'sync',
			label: 'Flask · Gunicorn sync',
			series: 'flask' as const,
			values: [39, 40, 40],
			ceiling: 40,
		},
		{
			id: 'async',
			label: 'FastAPI async · Uvicorn',
			series: 'fastapi' as const,
			values: [310, 1240, 4960],
		},
	];
	const chart = sweepChartLayout(rows, { connections: [16, 64, 256], unit: 'req/s' });

	it('puts a ring per connection count on a log axis, the largest drawn first', () => {
		const [sync, asyncRow] = chart.rows;
		expect(asyncRow!.points.map((p) => p.connections)).toEqual([256, 64, 16]);
		expect(asyncRow!.points.map((p) => p.radius)).toEqual([8, 5.5, 3]);
		const x = (row: typeof sync, c: number) => row!.points.find((p) => p.connections === c)!.x;
		// Equal ratios, equal distances: each count serves four times the one before.
		expect(x(asyncRow, 256) - x(asyncRow, 64)).toBeCloseTo(x(asyncRow, 64) - x(asyncRow, 16), 0);
		// A setup at its ceiling shows rings on top of each other.
		expect(x(sync, 256) - x(sync, 16)).toBeLessThan(2);
		expect(sync!.ceilingX).toBeCloseTo(x(sync, 256), 6);
		expect(asyncRow!.ceilingX).toBeUndefined();
	});

	it('keeps every ring inside the chart and says every figure in words', () => {
		for (const row of chart.rows) {
			for (const p of row.points) {
				expect(p.x - p.radius).toBeGreaterThanOrEqual(0);
				expect(p.x + p.radius).toBeLessThanOrEqual(chart.width);
			}
		}
		expect(chart.desc).toBe(
			'Flask · Gunicorn sync: 39 req/s at 16, 40 req/s at 64, 40 req/s at 256 (ceiling 40); FastAPI async · Uvicorn: 310 req/s at 16, 1,240 req/s at 64, 4,960 req/s at 256.',
		);
		expect(chart.radii).toEqual([
			{ connections: 16, radius: 3 },
			{ connections: 64, radius: 5.5 },
			{ connections: 256, radius: 8 },
		]);
	});

	it('refuses missing or non-positive values', () => {
		expect(() =>
			sweepChartLayout([{ ...rows[0]!, values: [1, 2] }], {
				connections: [16, 64, 256],
				unit: 'req/s',
			}),
		).toThrow(/needs 3 values/);
		expect(() =>
			sweepChartLayout([{ ...rows[0]!, values: [0, 2, 3] }], {
				connections: [16, 64, 256],
				unit: 'req/s',
			}),
		).toThrow(/> 0/);
		expect(() => sweepChartLayout([], { connections: [16], unit: 'req/s' })).toThrow(RangeError);
	});
});
