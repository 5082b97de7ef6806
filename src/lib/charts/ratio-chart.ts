/**
 * Ratio charts: one setup's figure divided by another's, as bars from a 1× reference line on a
 * log axis, grouped by scenario.
 */
import { assertFinite, formatRatio, formatTick } from './format';
import {
	CHART_FONT,
	CHART_WIDTH,
	RHYTHM,
	estimateTextWidth,
	logScale,
	logTicks,
	tickLayout,
	type BarMark,
	type ChartFrame,
	type ChartSeries,
	type Label,
	type PlotArea,
} from './geometry';

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
export interface RatioBar extends BarMark {
	/** Who the ratio favours: above 1× the numerator (`fastapi`), below it the denominator. Its
	 * value label is start-anchored: after the bar's end above 1×, just right of the 1× line below. */
	readonly favours: ChartSeries;
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
export function ratioChartLayout(
	groups: readonly RatioGroupInput[],
	{ width = CHART_WIDTH }: { width?: number } = {},
): RatioChart {
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
	const labelColumn =
		Math.ceil(Math.max(...all.map((b) => estimateTextWidth(b.label, CHART_FONT.value)))) + 8;
	const reserve =
		Math.ceil(Math.max(...[...texts.values()].map((t) => estimateTextWidth(t, CHART_FONT.value)))) +
		valueGap +
		2;
	const plotTop = RHYTHM.top;
	let y = plotTop;
	const placed: { group: RatioGroupInput; top: number }[] = [];
	for (const group of groups) {
		placed.push({ group, top: y });
		y += groupLabelHeight + group.bars.length * (barHeight + barGap) - barGap + groupGap;
	}
	const plot: PlotArea = {
		x0: labelColumn,
		x1: width - reserve,
		y0: plotTop,
		y1: y - groupGap + 6,
	};
	if (plot.x1 - plot.x0 < width / 3)
		throw new RangeError('ratioChartLayout: labels leave too little room for the bars');
	const scale = logScale(ticks.min, ticks.max, plot.x0, plot.x1);
	const referenceX = scale(1);

	const laidOut = placed.map(({ group, top }): RatioGroup => ({
		id: group.id,
		label: { text: group.label, x: 0, y: top + RHYTHM.labelBaseline },
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
				valueLabel: {
					text: texts.get(bar.id) ?? '',
					x: (above ? end : referenceX) + valueGap,
					y: baseline,
				},
				x: Math.min(referenceX, end),
				y: barY,
				width: Math.abs(end - referenceX),
				height: barHeight,
			};
		}),
	}));
	return {
		width,
		height: plot.y1 + RHYTHM.axisLabelGap + RHYTHM.axisBottom,
		plot,
		ticks: tickLayout(ticks.values, scale, (v) => `${formatTick(v, v < 1 ? 0.1 : 1)}×`, width),
		referenceX,
		groups: laidOut,
		desc:
			groups
				.map(
					(g) =>
						`${g.label}: ${g.bars.map((b) => `${b.longLabel ?? b.label} ${texts.get(b.id) ?? ''}`).join(', ')}`,
				)
				.join('; ') + '.',
	};
}
