/**
 * Concurrency-sweep charts: per setup, its median requests per second at each connection count,
 * drawn as rings on one log axis (the more connections, the larger the ring) joined by a line.
 * A setup whose throughput does not move with the load shows concentric rings; one that scales
 * shows rings spread to the right. An optional tick marks the row's capacity ceiling.
 */
import { assertFinite, formatInteger, formatTick } from './format';
import {
	CHART_WIDTH,
	RHYTHM,
	logScale,
	logTicks,
	tickLayout,
	type ChartFrame,
	type ChartSeries,
	type Label,
	type PlotArea,
} from './geometry';

/** One setup's figures across the connection counts, as given. */
export interface SweepInput {
	readonly id: string;
	readonly label: string;
	readonly series: ChartSeries;
	/** One value (> 0) per connection count of the chart. */
	readonly values: readonly number[];
	/** The most this setup could serve whatever the load (> 0), drawn as a tick; none when unbounded. */
	readonly ceiling?: number;
}

/** One ring: the connection count it stands for, where it sits, and its radius. */
export interface SweepPoint {
	readonly connections: number;
	readonly value: number;
	readonly x: number;
	readonly radius: number;
}

export interface SweepRow {
	readonly id: string;
	readonly series: ChartSeries;
	readonly label: Label;
	/** The rings' centre line. */
	readonly y: number;
	/** Largest ring first, so every ring stays visible when they overlap. */
	readonly points: readonly SweepPoint[];
	/** The line joining the lowest and highest value. */
	readonly x1: number;
	readonly x2: number;
	readonly ceilingX?: number;
}

export interface SweepChart extends ChartFrame {
	readonly rows: readonly SweepRow[];
	/** The ring radius of each connection count, for the legend. */
	readonly radii: readonly { readonly connections: number; readonly radius: number }[];
}

const RADII = [3, 5.5, 8] as const;

/**
 * Lays out a sweep chart for `connections` (ascending, up to three counts).
 * @param unit said after each figure in `<desc>`, e.g. `req/s`
 */
export function sweepChartLayout(
	rows: readonly SweepInput[],
	{
		connections,
		unit,
		width = CHART_WIDTH,
	}: { connections: readonly number[]; unit: string; width?: number },
): SweepChart {
	if (rows.length === 0) throw new RangeError('sweepChartLayout: no rows');
	if (connections.length === 0 || connections.length > RADII.length) {
		throw new RangeError(
			`sweepChartLayout: need 1 to ${RADII.length} connection counts, got ${connections.length}`,
		);
	}
	for (const row of rows) {
		if (row.values.length !== connections.length)
			throw new RangeError(`sweepChartLayout: "${row.id}" needs ${connections.length} values`);
		for (const v of [...row.values, ...(row.ceiling === undefined ? [] : [row.ceiling])]) {
			assertFinite(v, `sweepChartLayout: value of "${row.id}"`);
			if (v <= 0) throw new RangeError(`sweepChartLayout: values of "${row.id}" must be > 0`);
		}
	}
	const maxRadius = RADII[connections.length - 1] ?? RADII[0];
	const all = rows.flatMap((r) => r.values);
	const ticks = logTicks(Math.min(...all), Math.max(...all));
	const trackTop = 27;
	const rowHeight = trackTop + maxRadius + 10;
	const { top, labelBaseline, axisLabelGap, axisBottom } = RHYTHM;
	const plot: PlotArea = {
		x0: maxRadius + 1,
		x1: width - maxRadius - 1,
		y0: top,
		y1: top + rows.length * rowHeight - 4,
	};
	const scale = logScale(ticks.min, ticks.max, plot.x0, plot.x1);
	const inAxis = (v: number) => v >= ticks.min && v <= ticks.max;

	const laidOut = rows.map((row, i): SweepRow => {
		const rowTop = top + i * rowHeight;
		const points = row.values
			.map((value, j) => ({
				connections: connections[j] ?? 0,
				value,
				x: scale(value),
				radius: RADII[j] ?? maxRadius,
			}))
			.reverse();
		const xs = points.map((p) => p.x);
		return {
			id: row.id,
			series: row.series,
			label: { text: row.label, x: 0, y: rowTop + labelBaseline },
			y: rowTop + trackTop,
			points,
			x1: Math.min(...xs),
			x2: Math.max(...xs),
			...(row.ceiling !== undefined && inAxis(row.ceiling) ? { ceilingX: scale(row.ceiling) } : {}),
		};
	});
	return {
		width,
		height: plot.y1 + axisLabelGap + axisBottom,
		plot,
		ticks: tickLayout(
			ticks.values,
			scale,
			(v) => formatTick(v, v >= 1000 ? 1000 : v < 1 ? 0.1 : 1),
			width,
		),
		rows: laidOut,
		radii: connections.map((c, j) => ({ connections: c, radius: RADII[j] ?? maxRadius })),
		desc:
			rows
				.map(
					(row) =>
						`${row.label}: ${row.values.map((v, j) => `${formatInteger(v)} ${unit} at ${connections[j]}`).join(', ')}${
							row.ceiling === undefined ? '' : ` (ceiling ${formatInteger(row.ceiling)})`
						}`,
				)
				.join('; ') + '.',
	};
}
