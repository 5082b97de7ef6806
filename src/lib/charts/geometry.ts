/**
 * The geometry every benchmark chart shares: axis ticks (linear and log), scales, an estimate of
 * rendered text width, and the small helpers that turn a layout into SVG attributes. The chart
 * layouts (bar-chart.ts, range-chart.ts, ratio-chart.ts, sweep-chart.ts) build on these; the
 * components in src/components/Bench*.astro only map the laid-out numbers to SVG elements.
 *
 * Coordinates are SVG user units in a viewBox `CHART_WIDTH` wide. The charts are drawn at 100 % of
 * their container: on a 375 px phone (343 px of content) one unit is about 1.07 px, and two charts
 * side by side in a 1280 px desktop layout get about 0.95 px per unit. With every font size at 12
 * units or more, text stays at 11 px or more in both.
 */
import type { BenchmarkFramework } from '../../data/benchmark-schema';
import { assertFinite } from './format';

/** Which framework a bar or row belongs to; the component styles each series differently. */
export type ChartSeries = BenchmarkFramework;

/** Width of every chart's viewBox, in SVG user units. */
export const CHART_WIDTH = 320;

/** Font sizes in SVG user units: setup labels, value labels and axis tick labels. */
export const CHART_FONT = { label: 13, value: 12, tick: 12 } as const;

/** Axis ticks from zero: `values` run 0, step, 2 × step … up to `max`, which is ≥ the data. */
export interface Ticks {
	/** The top of the axis: the smallest tick at or above the largest value. */
	readonly max: number;
	readonly step: number;
	readonly values: readonly number[];
}

const NICE_MULTIPLIERS = [1, 2, 2.5, 5] as const;

/**
 * "Nice" ticks for an axis from 0 that covers `maxValue`: a step of 1, 2, 2.5 or 5 × 10ⁿ giving
 * between `minIntervals` and `maxIntervals` intervals, choosing the smallest axis top (least empty
 * space), then the interval count closest to 4. `niceTicks(10892.9)` → 0, 2k … 12k.
 * A `maxValue` of 0 gives the axis 0–1, so zero values still have a scale.
 */
export function niceTicks(maxValue: number, { minIntervals = 3, maxIntervals = 6 } = {}): Ticks {
	assertFinite(maxValue, 'niceTicks: maxValue');
	if (maxValue < 0)
		throw new RangeError(`niceTicks: maxValue must not be negative, got ${maxValue}`);
	if (minIntervals < 1 || maxIntervals < minIntervals)
		throw new RangeError('niceTicks: need 1 ≤ minIntervals ≤ maxIntervals');
	if (maxValue === 0) return { max: 1, step: 1, values: [0, 1] };

	const exponent = Math.floor(Math.log10(maxValue / maxIntervals));
	let best: { step: number; intervals: number; max: number } | undefined;
	for (let e = exponent - 1; e <= exponent + 2; e++) {
		for (const m of NICE_MULTIPLIERS) {
			const step = Number((m * 10 ** e).toPrecision(12));
			const intervals = Math.max(1, Math.ceil(maxValue / step - 1e-9));
			if (intervals < minIntervals || intervals > maxIntervals) continue;
			const max = Number((intervals * step).toPrecision(12));
			const better =
				best === undefined ||
				max < best.max ||
				(max === best.max && Math.abs(intervals - 4) < Math.abs(best.intervals - 4));
			if (better) best = { step, intervals, max };
		}
	}
	if (best === undefined) {
		// Only reachable with an unusual interval range (e.g. 1–1): fall back to one interval.
		const step = Number((10 ** Math.ceil(Math.log10(maxValue))).toPrecision(12));
		best = { step, intervals: 1, max: step };
	}
	const { step, intervals, max } = best;
	const values = Array.from({ length: intervals + 1 }, (_, i) =>
		Number((i * step).toPrecision(12)),
	);
	return { max, step, values };
}

/**
 * Ticks of a log axis on the 1-2-5 sequence (…, 0.5, 1, 2, 5, 10, 20, …) covering `min`–`max`:
 * the axis runs from the largest tick ≤ `min` to the smallest tick ≥ `max`. Past two decades the
 * 1-2-5 labels would collide on a phone-width chart, so the axis steps 1-3-10 instead.
 */
export function logTicks(min: number, max: number): Ticks & { readonly min: number } {
	assertFinite(min, 'logTicks: min');
	assertFinite(max, 'logTicks: max');
	if (min <= 0 || max < min)
		throw new RangeError(`logTicks: need 0 < min ≤ max, got ${min}, ${max}`);
	const sequence: number[] = [];
	for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)) + 1; e++) {
		for (const m of max / min > 100 ? [1, 3] : [1, 2, 5])
			sequence.push(Number((m * 10 ** e).toPrecision(12)));
	}
	const lo = [...sequence].reverse().find((v) => v <= min * (1 + 1e-9)) ?? min;
	let hi = sequence.find((v) => v >= max * (1 - 1e-9)) ?? max;
	if (hi === lo) hi = sequence[sequence.indexOf(lo) + 1] ?? lo * 2;
	const values = sequence.filter((v) => v >= lo && v <= hi);
	return { min: lo, max: hi, step: Number.NaN, values };
}

/**
 * A linear scale from the domain 0–`domainMax` to `rangeStart`–`rangeEnd`. Values outside the
 * domain are clamped, so a mark can never leave the plot.
 */
export function linearScale(
	domainMax: number,
	rangeStart: number,
	rangeEnd: number,
): (value: number) => number {
	if (!(domainMax > 0))
		throw new RangeError(`linearScale: domainMax must be > 0, got ${domainMax}`);
	return (value) => {
		const t = Math.min(Math.max(value / domainMax, 0), 1);
		return rangeStart + t * (rangeEnd - rangeStart);
	};
}

/** A log scale from `domainMin`–`domainMax` (both > 0) to `rangeStart`–`rangeEnd`, clamped. */
export function logScale(
	domainMin: number,
	domainMax: number,
	rangeStart: number,
	rangeEnd: number,
): (value: number) => number {
	if (!(domainMin > 0) || !(domainMax > domainMin))
		throw new RangeError(`logScale: need 0 < min < max, got ${domainMin}, ${domainMax}`);
	const lo = Math.log(domainMin);
	const span = Math.log(domainMax) - lo;
	return (value) => {
		const t = value > 0 ? Math.min(Math.max((Math.log(value) - lo) / span, 0), 1) : 0;
		return rangeStart + t * (rangeEnd - rangeStart);
	};
}

/**
 * A generous estimate of how wide `text` renders at `fontSize` user units, calibrated on DejaVu
 * Sans (wider than the usual system fonts), so layouts that fit by this estimate fit in practice.
 */
export function estimateTextWidth(text: string, fontSize: number, { bold = false } = {}): number {
	let ems = 0;
	for (const ch of text) {
		if (/[0-9]/.test(ch)) ems += 0.64;
		else if (/[ .,:;'|!·ilIjJft]/.test(ch)) ems += 0.34;
		else if (ch === 'r' || ch === '/' || ch === '(' || ch === ')') ems += 0.42;
		else if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') ems += 0.98;
		else if (ch === '×') ems += 0.84;
		else if (/[A-Z]/.test(ch)) ems += 0.74;
		else ems += 0.63;
	}
	return ems * fontSize * (bold ? 1.1 : 1);
}

/** An axis tick: where it sits, and its label. */
export interface Tick {
	readonly value: number;
	readonly x: number;
	readonly text: string;
	/** `text-anchor` for the label: the end ticks are pulled inside the chart. */
	readonly anchor: 'start' | 'middle' | 'end';
}

/** The rectangle the marks are drawn in (the axis runs along `y1`). */
export interface PlotArea {
	readonly x0: number;
	readonly x1: number;
	readonly y0: number;
	readonly y1: number;
}

/** A text label at a position (the `y` is the baseline). */
export interface Label {
	readonly text: string;
	readonly x: number;
	readonly y: number;
}

/** A laid-out bar: its rectangle, the label that names it and the label that gives its value. */
export interface BarMark {
	readonly id: string;
	readonly value: number;
	readonly label: Label;
	readonly valueLabel: Label;
	readonly x: number;
	readonly y: number;
	/** Length; 0 for a value of 0. */
	readonly width: number;
	readonly height: number;
}

/** What every layout returns: the viewBox size and a plain-text summary for `<desc>`. */
export interface ChartFrame {
	readonly width: number;
	readonly height: number;
	readonly plot: PlotArea;
	readonly ticks: readonly Tick[];
	/** The figures in words, for the SVG's `<desc>`. */
	readonly desc: string;
}

/**
 * Places axis tick labels at their values, pulling the end labels inside the chart. A label that
 * would touch the one before it is left blank (its grid line stays), so a crowded log axis on a
 * phone never prints "1,0002,000".
 */
export function tickLayout(
	values: readonly number[],
	scale: (v: number) => number,
	text: (v: number) => string,
	width: number,
): Tick[] {
	const gap = 4;
	let lastRight = Number.NEGATIVE_INFINITY;
	return values.map((value) => {
		const x = scale(value);
		const label = text(value);
		const w = estimateTextWidth(label, CHART_FONT.tick);
		const anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
		const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		if (left < lastRight + gap) return { value, x, text: '', anchor };
		lastRight = left + w;
		return { value, x, text: label, anchor };
	});
}

/** Vertical rhythm shared by the layouts: the top margin, a label line, then the marks, then the axis labels. */
export const RHYTHM = { top: 2, labelBaseline: 13, axisLabelGap: 15, axisBottom: 5 } as const;

/**
 * A coordinate for SVG markup, rounded to a whole unit (at most half a pixel off at 375 px; every
 * decimal digit costs HTML budget on pages with many charts): `39.66666` → `40`.
 */
export function svgNumber(value: number): number {
	return Math.round(value);
}

/** The `viewBox` of a laid-out chart. */
export function chartViewBox(chart: Pick<ChartFrame, 'width' | 'height'>): string {
	return `0 0 ${chart.width} ${svgNumber(chart.height)}`;
}

/**
 * The vertical grid lines of a chart as one SVG path: a line at every tick, across the plot, or
 * across each band (the ratio chart's groups, so the lines skip the group labels).
 */
export function gridPath(
	chart: Pick<ChartFrame, 'plot' | 'ticks'>,
	bands?: readonly { top: number; bottom: number }[],
): string {
	const spans = bands ?? [{ top: chart.plot.y0, bottom: chart.plot.y1 }];
	return spans
		.flatMap(({ top, bottom }) =>
			chart.ticks.map((t) => `M${svgNumber(t.x)} ${svgNumber(top)}V${svgNumber(bottom)}`),
		)
		.join('');
}
