/**
 * Pure geometry for the benchmark charts (on the performance page and /benchmark/): number
 * formats, nice axis ticks, linear and log scales, and the position of every bar, marker and label
 * of the three chart kinds (`barChartLayout`, `rangeChartLayout`, `ratioChartLayout`). Plain
 * TypeScript with no Astro import, so Vitest can test it and the benchmark components only have to
 * map the numbers to SVG elements.
 *
 * Coordinates are SVG user units in a viewBox `CHART_WIDTH` wide. The charts are drawn at 100 % of
 * their container: on a 375 px phone (343 px of content) one unit is about 1.07 px, and two charts
 * side by side in a 1280 px desktop layout get about 0.95 px per unit. With every font size at 12
 * units or more, text stays at 11 px or more in both.
 */

/** Which framework a bar or row belongs to; the component styles each series differently. */
export type ChartSeries = 'flask' | 'fastapi';

/** Width of every chart's viewBox, in SVG user units. */
export const CHART_WIDTH = 320;

/** Font sizes in SVG user units: setup labels, value labels and axis tick labels. */
export const CHART_FONT = { label: 13, value: 12, tick: 12 } as const;

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function fixed(value: number, digits: number): string {
	return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function assertFinite(value: number, what: string): void {
	if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
}

/** A whole number with thousands separators: `10892.9` → `"10,893"`. */
export function formatInteger(value: number): string {
	assertFinite(value, 'formatInteger: value');
	return integer.format(value);
}

/** A count with its noun, singular or plural: `(1, 'run')` → `"1 run"`, `(5, 'run')` → `"5 runs"`. */
export function formatCount(count: number, one: string, many = `${one}s`): string {
	return `${formatInteger(count)} ${count === 1 ? one : many}`;
}

/** Requests per second, rounded to a whole request: `10892.9` → `"10,893 req/s"`. */
export function formatRps(value: number): string {
	return `${formatInteger(value)} req/s`;
}

/**
 * Milliseconds without the unit: one decimal below 100 (`51.256` → `"51.3"`), whole numbers with
 * separators from 100 (`1638.279` → `"1,638"`).
 */
export function formatMsNumber(value: number): string {
	assertFinite(value, 'formatMs: value');
	return Math.abs(value) < 99.95 ? fixed(value, 1) : integer.format(value);
}

/** Milliseconds: `51.256` → `"51.3 ms"`, `1638.279` → `"1,638 ms"`. */
export function formatMs(value: number): string {
	return `${formatMsNumber(value)} ms`;
}

/**
 * A ratio with a `×`: two decimals below 2 (`1.079` → `"1.08×"`, so near-even results stay
 * visible), one below 10 (`3.541` → `"3.5×"`), whole numbers above (`31.92` → `"32×"`).
 */
export function formatRatio(value: number): string {
	assertFinite(value, 'formatRatio: value');
	if (value < 0) throw new RangeError(`formatRatio: value must not be negative, got ${value}`);
	const rounded2 = Math.round(value * 100) / 100;
	if (rounded2 < 2) return `${fixed(value, 2)}×`;
	const rounded1 = Math.round(value * 10) / 10;
	if (rounded1 < 10) return `${fixed(value, 1)}×`;
	return `${integer.format(value)}×`;
}

function decimalsOf(step: number): number {
	const text = String(Number(step.toPrecision(12)));
	const dot = text.indexOf('.');
	return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * An axis tick label: `"0"` for zero, thousands as `k` when the step is a whole thousand
 * (`12000` → `"12k"`), otherwise the number with as many decimals as the step has (`1250` → `"1,250"`, `2.5` → `"2.5"`).
 */
export function formatTick(value: number, step: number): string {
	assertFinite(value, 'formatTick: value');
	if (value === 0) return '0';
	if (step >= 1000 && step % 1000 === 0) return `${integer.format(value / 1000)}k`;
	return fixed(value, decimalsOf(step));
}

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
	if (maxValue < 0) throw new RangeError(`niceTicks: maxValue must not be negative, got ${maxValue}`);
	if (minIntervals < 1 || maxIntervals < minIntervals) throw new RangeError('niceTicks: need 1 ≤ minIntervals ≤ maxIntervals');
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
	const values = Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
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
	if (min <= 0 || max < min) throw new RangeError(`logTicks: need 0 < min ≤ max, got ${min}, ${max}`);
	const sequence: number[] = [];
	for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)) + 1; e++) {
		for (const m of max / min > 100 ? [1, 3] : [1, 2, 5]) sequence.push(Number((m * 10 ** e).toPrecision(12)));
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
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
	if (!(domainMax > 0)) throw new RangeError(`linearScale: domainMax must be > 0, got ${domainMax}`);
	return (value) => {
		const t = Math.min(Math.max(value / domainMax, 0), 1);
		return rangeStart + t * (rangeEnd - rangeStart);
	};
}

/** A log scale from `domainMin`–`domainMax` (both > 0) to `rangeStart`–`rangeEnd`, clamped. */
export function logScale(domainMin: number, domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
	if (!(domainMin > 0) || !(domainMax > domainMin)) throw new RangeError(`logScale: need 0 < min < max, got ${domainMin}, ${domainMax}`);
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

/** What every layout returns: the viewBox size and a plain-text summary for `<desc>`. */
export interface ChartFrame {
	readonly width: number;
	readonly height: number;
	readonly plot: PlotArea;
	readonly ticks: readonly Tick[];
	/** The figures in words, for the SVG's `<desc>`. */
	readonly desc: string;
}

function tickLayout(values: readonly number[], scale: (v: number) => number, text: (v: number) => string, width: number): Tick[] {
	return values.map((value) => {
		const x = scale(value);
		const label = text(value);
		const half = estimateTextWidth(label, CHART_FONT.tick) / 2;
		const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
		return { value, x, text: label, anchor };
	});
}

// Vertical rhythm shared by the bar and range charts: a label line, then the mark.
const TOP = 2;
const LABEL_BASELINE = 13;
const AXIS_LABEL_GAP = 15;
const AXIS_BOTTOM = 5;

/** One bar of a bar chart, as given. */
export interface BarInput {
	readonly id: string;
	/** Shown above the bar, e.g. "Flask · Gunicorn sync". */
	readonly label: string;
	readonly series: ChartSeries;
	/** Must be ≥ 0. */
	readonly value: number;
}

/** One laid-out bar: the rectangle, the label above it and the value label after its end. */
export interface Bar {
	readonly id: string;
	readonly series: ChartSeries;
	readonly value: number;
	readonly label: Label;
	readonly valueLabel: Label;
	readonly x: number;
	readonly y: number;
	/** Bar length; 0 for a value of 0. */
	readonly width: number;
	readonly height: number;
}

export interface BarChart extends ChartFrame {
	readonly bars: readonly Bar[];
}

/**
 * Horizontal bars, one row per input: the label on its own line above the bar (so long setup
 * names need no label column and the bars get the full width on a phone), the bar from 0, and
 * its value right after the bar's end. The axis is `niceTicks` of the largest value; space for the
 * longest value label is reserved at the right, so no label ever leaves the viewBox.
 * @param format the value label, e.g. `formatRps`
 */
export function barChartLayout(
	rows: readonly BarInput[],
	{ format, width = CHART_WIDTH }: { format: (value: number) => string; width?: number },
): BarChart {
	if (rows.length === 0) throw new RangeError('barChartLayout: no rows');
	for (const row of rows) {
		assertFinite(row.value, `barChartLayout: value of "${row.id}"`);
		if (row.value < 0) throw new RangeError(`barChartLayout: value of "${row.id}" is negative (${row.value})`);
	}
	const barHeight = 16;
	const barTop = 19; // from the row's top: below the label line
	const rowHeight = barTop + barHeight + 12;
	const valueGap = 5;

	const texts = rows.map((row) => format(row.value));
	const reserve = Math.ceil(Math.max(...texts.map((t) => estimateTextWidth(t, CHART_FONT.value)))) + valueGap + 2;
	const ticks = niceTicks(Math.max(...rows.map((r) => r.value)));
	const plot: PlotArea = { x0: 1, x1: width - reserve, y0: TOP, y1: TOP + rows.length * rowHeight - 4 };
	if (plot.x1 - plot.x0 < width / 3) throw new RangeError('barChartLayout: value labels leave too little room for the bars');
	const scale = linearScale(ticks.max, plot.x0, plot.x1);

	const bars = rows.map((row, i): Bar => {
		const top = TOP + i * rowHeight;
		const y = top + barTop;
		const end = scale(row.value);
		return {
			id: row.id,
			series: row.series,
			value: row.value,
			label: { text: row.label, x: 0, y: top + LABEL_BASELINE },
			valueLabel: { text: texts[i] ?? '', x: end + valueGap, y: y + barHeight / 2 + CHART_FONT.value * 0.35 },
			x: plot.x0,
			y,
			width: end - plot.x0,
			height: barHeight,
		};
	});
	return {
		width,
		height: plot.y1 + AXIS_LABEL_GAP + AXIS_BOTTOM,
		plot,
		ticks: tickLayout(ticks.values, scale, (v) => formatTick(v, ticks.step), width),
		bars,
		desc: rows.map((row, i) => `${row.label}: ${texts[i] ?? ''}`).join('; ') + '.',
	};
}

/** One row of a range chart, as given: a low and a high figure (here p50 and p99 latency). */
export interface RangeInput {
	readonly id: string;
	readonly label: string;
	readonly series: ChartSeries;
	/** Must be ≥ 0; the p50. */
	readonly low: number;
	/** Must be ≥ 0; the p99. */
	readonly high: number;
}

/**
 * How a range row writes its figures: `named` as "p50 7.0 · p99 16.1 ms", `short` as
 * "7.0 / 16.1 ms" (for when the named form would not fit beside the row's label).
 */
export type RangeValueStyle = 'named' | 'short';

/** One laid-out row: a line from the low to the high marker, with both values in words. */
export interface RangeRow {
	readonly id: string;
	readonly series: ChartSeries;
	readonly low: number;
	readonly high: number;
	readonly label: Label;
	/** The figures, right-aligned on the label's line (`text-anchor: end`). */
	readonly valueLabel: Label;
	/** The marks' centre line. */
	readonly y: number;
	readonly lowX: number;
	readonly highX: number;
	readonly markerRadius: number;
}

export interface RangeChart extends ChartFrame {
	readonly style: RangeValueStyle;
	readonly rows: readonly RangeRow[];
}

const RANGE_NAMES = { low: 'p50', high: 'p99' } as const;

/** The figures of one range row as text, in the given style. */
export function rangeValueText(row: Pick<RangeInput, 'low' | 'high'>, style: RangeValueStyle): string {
	return style === 'named'
		? `${RANGE_NAMES.low} ${formatMsNumber(row.low)} · ${RANGE_NAMES.high} ${formatMs(row.high)}`
		: `${formatMsNumber(row.low)} / ${formatMs(row.high)}`;
}

/**
 * The style in which every one of `rows` fits beside its label in a chart `width` wide: `named`
 * when all fit that way, else `short`. Pass the rows of several charts to make them all alike.
 */
export function rangeValueStyle(rows: readonly RangeInput[], width = CHART_WIDTH): RangeValueStyle {
	const fits = (row: RangeInput) =>
		estimateTextWidth(row.label, CHART_FONT.label, { bold: true }) + 10 + estimateTextWidth(rangeValueText(row, 'named'), CHART_FONT.value) <=
		width;
	return rows.every(fits) ? 'named' : 'short';
}

/**
 * A dot-and-range chart: per row, a filled marker at `low` (p50), an open marker at `high` (p99)
 * and a line between them, on a linear axis from 0 to `niceTicks` of the largest `high`. Both
 * figures are written out at the right end of the row's label line, in `style` (by default
 * `rangeValueStyle(rows)`).
 */
export function rangeChartLayout(
	rows: readonly RangeInput[],
	{ width = CHART_WIDTH, style }: { width?: number; style?: RangeValueStyle } = {},
): RangeChart {
	if (rows.length === 0) throw new RangeError('rangeChartLayout: no rows');
	for (const row of rows) {
		assertFinite(row.low, `rangeChartLayout: low of "${row.id}"`);
		assertFinite(row.high, `rangeChartLayout: high of "${row.id}"`);
		if (row.low < 0 || row.high < 0) throw new RangeError(`rangeChartLayout: negative value in "${row.id}"`);
	}
	const valueStyle = style ?? rangeValueStyle(rows, width);
	const markerRadius = 5;
	const trackTop = 27; // marker centre, from the row's top
	const rowHeight = trackTop + markerRadius + 12;
	const ticks = niceTicks(Math.max(...rows.map((r) => Math.max(r.low, r.high))));
	const plot: PlotArea = { x0: markerRadius + 1, x1: width - markerRadius - 1, y0: TOP, y1: TOP + rows.length * rowHeight - 4 };
	const scale = linearScale(ticks.max, plot.x0, plot.x1);

	const laidOut = rows.map((row, i): RangeRow => {
		const top = TOP + i * rowHeight;
		return {
			id: row.id,
			series: row.series,
			low: row.low,
			high: row.high,
			label: { text: row.label, x: 0, y: top + LABEL_BASELINE },
			valueLabel: { text: rangeValueText(row, valueStyle), x: width, y: top + LABEL_BASELINE },
			y: top + trackTop,
			lowX: scale(Math.min(row.low, row.high)),
			highX: scale(Math.max(row.low, row.high)),
			markerRadius,
		};
	});
	return {
		width,
		height: plot.y1 + AXIS_LABEL_GAP + AXIS_BOTTOM,
		plot,
		ticks: tickLayout(ticks.values, scale, (v) => formatTick(v, ticks.step), width),
		style: valueStyle,
		rows: laidOut,
		desc: rows.map((row) => `${row.label}: ${RANGE_NAMES.low} ${formatMs(row.low)}, ${RANGE_NAMES.high} ${formatMs(row.high)}`).join('; ') + '.',
	};
}

/** One ratio bar, as given: e.g. FastAPI's throughput divided by one Flask setup's. */
export interface RatioInput {
	readonly id: string;
	/** Short, shown left of the bar: "vs sync". */
	readonly label: string;
	/** Must be > 0. */
	readonly value: number;
	/** Said in `<desc>`, e.g. "FastAPI · Uvicorn ÷ Flask · Gunicorn sync". */
	readonly longLabel?: string;
}

/** A group of ratio bars under one heading, e.g. one scenario. */
export interface RatioGroupInput {
	readonly id: string;
	readonly label: string;
	readonly bars: readonly RatioInput[];
}

/** One laid-out ratio bar, drawn from the 1× line towards its value. */
export interface RatioBar {
	readonly id: string;
	readonly value: number;
	/** Who the ratio favours: above 1× the numerator (`fastapi`), below it the denominator. */
	readonly favours: ChartSeries;
	readonly label: Label;
	/** Start-anchored: after the bar's end above 1×, just right of the 1× line below it. */
	readonly valueLabel: Label;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

export interface RatioGroup {
	readonly id: string;
	readonly label: Label;
	readonly bars: readonly RatioBar[];
	/** The vertical extent of the group's bars, for grid and reference lines that skip the label. */
	readonly bandTop: number;
	readonly bandBottom: number;
}

export interface RatioChart extends ChartFrame {
	/** Where the 1× reference line is drawn. */
	readonly referenceX: number;
	readonly groups: readonly RatioGroup[];
}

/**
 * Ratio bars on a log axis (1-2-5 ticks) with a 1× reference line: each bar starts at 1× and runs
 * right for ratios above 1 (the numerator is ahead) or left for ratios below 1. On a log axis 2×
 * and ½× are the same length, and a 30× ratio fits beside a 1.1× one. Groups stack vertically,
 * each with its label on its own line; the bars' short labels sit in a column on the left.
 * Above 1 the value label follows the bar's end; below 1 it sits just right of the 1× line.
 */
export function ratioChartLayout(groups: readonly RatioGroupInput[], { width = CHART_WIDTH }: { width?: number } = {}): RatioChart {
	const all = groups.flatMap((g) => g.bars);
	if (all.length === 0) throw new RangeError('ratioChartLayout: no bars');
	for (const bar of all) {
		assertFinite(bar.value, `ratioChartLayout: value of "${bar.id}"`);
		if (bar.value <= 0) throw new RangeError(`ratioChartLayout: value of "${bar.id}" must be > 0`);
	}
	const values = all.map((b) => b.value);
	const ticks = logTicks(Math.min(1, ...values), Math.max(1, ...values));
	const texts = new Map(all.map((b) => [b.id, formatRatio(b.value)]));

	const barHeight = 14;
	const barGap = 5;
	const groupLabelHeight = 20;
	const groupGap = 14;
	const valueGap = 5;
	const labelColumn = Math.ceil(Math.max(...all.map((b) => estimateTextWidth(b.label, CHART_FONT.value)))) + 8;
	const reserve = Math.ceil(Math.max(...[...texts.values()].map((t) => estimateTextWidth(t, CHART_FONT.value)))) + valueGap + 2;
	const plotTop = TOP;
	let y = plotTop;
	const placed: { group: RatioGroupInput; top: number }[] = [];
	for (const group of groups) {
		placed.push({ group, top: y });
		y += groupLabelHeight + group.bars.length * (barHeight + barGap) - barGap + groupGap;
	}
	const plot: PlotArea = { x0: labelColumn, x1: width - reserve, y0: plotTop, y1: y - groupGap + 6 };
	if (plot.x1 - plot.x0 < width / 3) throw new RangeError('ratioChartLayout: labels leave too little room for the bars');
	const scale = logScale(ticks.min, ticks.max, plot.x0, plot.x1);
	const referenceX = scale(1);

	const laidOut = placed.map(({ group, top }): RatioGroup => ({
		id: group.id,
		label: { text: group.label, x: 0, y: top + LABEL_BASELINE },
		bandTop: top + groupLabelHeight - barGap / 2 - 1,
		bandBottom: top + groupLabelHeight + group.bars.length * (barHeight + barGap) - barGap / 2 + 1,
		bars: group.bars.map((bar, i): RatioBar => {
			const barY = top + groupLabelHeight + i * (barHeight + barGap);
			const end = scale(bar.value);
			const above = bar.value >= 1;
			const baseline = barY + barHeight / 2 + CHART_FONT.value * 0.35;
			return {
				id: bar.id,
				value: bar.value,
				favours: above ? 'fastapi' : 'flask',
				label: { text: bar.label, x: 0, y: baseline },
				valueLabel: { text: texts.get(bar.id) ?? '', x: (above ? end : referenceX) + valueGap, y: baseline },
				x: Math.min(referenceX, end),
				y: barY,
				width: Math.abs(end - referenceX),
				height: barHeight,
			};
		}),
	}));
	return {
		width,
		height: plot.y1 + AXIS_LABEL_GAP + AXIS_BOTTOM,
		plot,
		ticks: tickLayout(ticks.values, scale, (v) => `${formatTick(v, v < 1 ? 0.1 : 1)}×`, width),
		referenceX,
		groups: laidOut,
		desc:
			groups
				.map((g) => `${g.label}: ${g.bars.map((b) => `${b.longLabel ?? b.label} ${texts.get(b.id) ?? ''}`).join(', ')}`)
				.join('; ') + '.',
	};
}

/** A coordinate for SVG markup, rounded to a tenth of a unit (under 0.1 px on screen): `39.66666` → `39.7`. */
export function svgNumber(value: number): number {
	return Math.round(value * 10) / 10;
}

/** The `viewBox` of a laid-out chart. */
export function chartViewBox(chart: Pick<ChartFrame, 'width' | 'height'>): string {
	return `0 0 ${chart.width} ${svgNumber(chart.height)}`;
}

/**
 * The vertical grid lines of a chart as one SVG path: a line at every tick, across the plot, or
 * across each band (the ratio chart's groups, so the lines skip the group labels).
 */
export function gridPath(chart: Pick<ChartFrame, 'plot' | 'ticks'>, bands?: readonly { top: number; bottom: number }[]): string {
	const spans = bands ?? [{ top: chart.plot.y0, bottom: chart.plot.y1 }];
	return spans
		.flatMap(({ top, bottom }) => chart.ticks.map((t) => `M${svgNumber(t.x)} ${svgNumber(top)}V${svgNumber(bottom)}`))
		.join('');
}
