/**
 * Latency charts: per setup, a filled marker at the median latency (p50), an open one at the 99th
 * percentile (p99) and a line between them, with both figures written on the setup's label line.
 */
import { assertFinite, formatMs, formatMsNumber, formatTick } from './format';
import {
	CHART_FONT,
	CHART_WIDTH,
	RHYTHM,
	estimateTextWidth,
	linearScale,
	niceTicks,
	tickLayout,
	type ChartFrame,
	type ChartSeries,
	type Label,
	type PlotArea,
} from './geometry';

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
export function rangeValueText(
	row: Pick<RangeInput, 'low' | 'high'>,
	style: RangeValueStyle,
): string {
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
		estimateTextWidth(row.label, CHART_FONT.label, { bold: true }) +
			10 +
			estimateTextWidth(rangeValueText(row, 'named'), CHART_FONT.value) <=
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
		if (row.low < 0 || row.high < 0)
			throw new RangeError(`rangeChartLayout: negative value in "${row.id}"`);
	}
	const valueStyle = style ?? rangeValueStyle(rows, width);
	const markerRadius = 5;
	const trackTop = 27; // marker centre, from the row's top
	const rowHeight = trackTop + markerRadius + 12;
	const ticks = niceTicks(Math.max(...rows.map((r) => Math.max(r.low, r.high))));
	const plot: PlotArea = {
		x0: markerRadius + 1,
		x1: width - markerRadius - 1,
		y0: RHYTHM.top,
		y1: RHYTHM.top + rows.length * rowHeight - 4,
	};
	const scale = linearScale(ticks.max, plot.x0, plot.x1);

	const laidOut = rows.map((row, i): RangeRow => {
		const top = RHYTHM.top + i * rowHeight;
		return {
			id: row.id,
			series: row.series,
			low: row.low,
			high: row.high,
			label: { text: row.label, x: 0, y: top + RHYTHM.labelBaseline },
			valueLabel: {
				text: rangeValueText(row, valueStyle),
				x: width,
				y: top + RHYTHM.labelBaseline,
			},
			y: top + trackTop,
			lowX: scale(Math.min(row.low, row.high)),
			highX: scale(Math.max(row.low, row.high)),
			markerRadius,
		};
	});
	return {
		width,
		height: plot.y1 + RHYTHM.axisLabelGap + RHYTHM.axisBottom,
		plot,
		ticks: tickLayout(ticks.values, scale, (v) => formatTick(v, ticks.step), width),
		style: valueStyle,
		rows: laidOut,
		desc:
			rows
				.map(
					(row) =>
						`${row.label}: ${RANGE_NAMES.low} ${formatMs(row.low)}, ${RANGE_NAMES.high} ${formatMs(row.high)}`,
				)
				.join('; ') + '.',
	};
}
