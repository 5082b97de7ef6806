/**
 * How each benchmark figure is named, written and read, so a chart caption, a table header and
 * a chart's text alternative say the same thing.
 */
import { formatCpuMs, formatMiB, formatMs, formatRps } from './charts/format';

export interface MetricInfo {
	/** Shown as a chart's unit line or a table header. */
	readonly unit: string;
	/** Writes one value with its unit. */
	readonly format: (value: number) => string;
	/** Said in a chart's text alternative. */
	readonly better: 'higher is better' | 'lower is better';
}

/** Per-result figures (one per scenario × setup × connection count). */
export const resultMetrics = {
	rps: { unit: 'requests/s', format: formatRps, better: 'higher is better' },
	p99Ms: { unit: 'ms, 99th percentile', format: formatMs, better: 'lower is better' },
	cpuMsPerRequest: {
		unit: 'ms of server CPU per request',
		format: formatCpuMs,
		better: 'lower is better',
	},
	rssMiB: { unit: 'MiB, largest worker at peak', format: formatMiB, better: 'lower is better' },
} as const satisfies Record<string, MetricInfo>;

/** Per-setup figures (measured once per setup, not per scenario). */
export const setupMetrics = {
	startupMs: { unit: 'ms from spawn to first answer', format: formatMs, better: 'lower is better' },
	importMs: { unit: 'ms to import the app', format: formatMs, better: 'lower is better' },
	idleRssMiB: { unit: 'MiB per worker, idle', format: formatMiB, better: 'lower is better' },
} as const satisfies Record<string, MetricInfo>;

export type ResultMetric = keyof typeof resultMetrics;
export type SetupMetric = keyof typeof setupMetrics;
