/**
 * Horizontal bar charts (throughput, CPU per request, memory, startup): one row per setup, the
 * setup's label on its own line above its bar, the bar from zero to the median, an optional
 * whisker across the slowest and fastest run, and the value written after the bar.
 */
import { assertFinite, formatTick } from './format';
import {
	CHART_FONT,
	CHART_WIDTH,
	RHYTHM,
	estimateTextWidth,
	linearScale,
	niceTicks,
	tickLayout,
	type BarMark,
	type ChartFrame,
	type ChartSeries,
	type PlotArea,
} from './geometry';

/** One bar of a bar chart, as given. */
export interface BarInput {
	readonly id: string;
	/** Shown above the bar, e.g. "Flask · Gunicorn sync". */
	readonly label: string;
	readonly series: ChartSeries;
	/** Must be ≥ 0: the median. */
	readonly value: number;
	/** The lowest and highest run, drawn as a whisker; must enclose `value`. */
	readonly spread?: { readonly min: number; readonly max: number };
}

/** One laid-out bar: the rectangle, the label above it, the whisker and the value label. */
export interface Bar extends BarMark {
	readonly series: ChartSeries;
	/** The whisker's ends (x) at the bar's centre line (y), when a spread was given. */
	readonly whisker?: { readonly x1: number; readonly x2: number; readonly y: number };
}

export interface BarChart extends ChartFrame {
	readonly bars: readonly Bar[];
}

function checkRow(row: BarInput): void {
	assertFinite(row.value, `barChartLayout: value of "${row.id}"`);
	if (row.value < 0)
		throw new RangeError(`barChartLayout: value of "${row.id}" is negative (${row.value})`);
	if (row.spread) {
		assertFinite(row.spread.min, `barChartLayout: spread of "${row.id}"`);
		assertFinite(row.spread.max, `barChartLayout: spread of "${row.id}"`);
		if (row.spread.min < 0 || row.spread.min > row.value || row.spread.max < row.value) {
			throw new RangeError(
				`barChartLayout: the spread of "${row.id}" must run from 0 ≤ min ≤ value ≤ max`,
			);
		}
	}
}

/**
 * Lays out horizontal bars, one row per input. Long setup names get a line of their own, so the
 * bars keep the full width on a phone. The axis is `niceTicks` of the largest value or spread; room
 * for the longest value label is reserved at the right, so no label ever leaves the viewBox.
 * @param format the value label, e.g. `formatRps`
 */
export function barChartLayout(
	rows: readonly BarInput[],
	{ format, width = CHART_WIDTH }: { format: (value: number) => string; width?: number },
): BarChart {
	if (rows.length === 0) throw new RangeError('barChartLayout: no rows');
	rows.forEach(checkRow);
	const barHeight = 16;
	const barTop = 19; // from the row's top: below the label line
	const rowHeight = barTop + barHeight + 12;
	const valueGap = 5;

	const texts = rows.map((row) => format(row.value));
	const reserve =
		Math.ceil(Math.max(...texts.map((t) => estimateTextWidth(t, CHART_FONT.value)))) + valueGap + 2;
	const ticks = niceTicks(Math.max(...rows.map((r) => r.spread?.max ?? r.value)));
	const { top: TOP, labelBaseline, axisLabelGap, axisBottom } = RHYTHM;
	const plot: PlotArea = {
		x0: 1,
		x1: width - reserve,
		y0: TOP,
		y1: TOP + rows.length * rowHeight - 4,
	};
	if (plot.x1 - plot.x0 < width / 3)
		throw new RangeError('barChartLayout: value labels leave too little room for the bars');
	const scale = linearScale(ticks.max, plot.x0, plot.x1);

	const bars = rows.map((row, i): Bar => {
		const top = TOP + i * rowHeight;
		const y = top + barTop;
		const end = scale(row.value);
		const whisker = row.spread && {
			x1: scale(row.spread.min),
			x2: scale(row.spread.max),
			y: y + barHeight / 2,
		};
		return {
			id: row.id,
			series: row.series,
			value: row.value,
			label: { text: row.label, x: 0, y: top + labelBaseline },
			valueLabel: {
				text: texts[i] ?? '',
				x: Math.max(end, whisker?.x2 ?? end) + valueGap,
				y: y + barHeight / 2 + CHART_FONT.value * 0.35,
			},
			x: plot.x0,
			y,
			width: end - plot.x0,
			height: barHeight,
			...(whisker ? { whisker } : {}),
		};
	});
	return {
		width,
		height: plot.y1 + axisLabelGap + axisBottom,
		plot,
		ticks: tickLayout(ticks.values, scale, (v) => formatTick(v, ticks.step), width),
		bars,
		desc:
			rows
				.map(
					(row, i) =>
						`${row.label}: ${texts[i] ?? ''}${row.spread ? `, runs ${format(row.spread.min)} to ${format(row.spread.max)}` : ''}`,
				)
				.join('; ') + '.',
	};
}
