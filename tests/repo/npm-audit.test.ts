import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// `npm audit --omit=dev` must report no known vulnerability in what the project depends on at
// run time. The site is static, so every package is a devDependency today and this audits the
// production tree only (currently just the project itself); adding a runtime dependency brings
// it under this check. If the registry's audit endpoint cannot be reached, npm reports an error
// and this test fails rather than passing on an empty answer.

interface AuditReport {
	error?: { code?: string; summary?: string; detail?: string };
	vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
	metadata?: { vulnerabilities: Record<string, number>; dependencies: Record<string, number> };
}

test('npm audit --omit=dev finds no known vulnerability', { timeout: 150_000 }, () => {
	const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
		cwd: join(import.meta.dirname, '..', '..'),
		encoding: 'utf8',
		timeout: 120_000,
	});
	let report: AuditReport;
	try {
		report = JSON.parse(result.stdout) as AuditReport;
	} catch {
		throw new Error(
			`npm audit printed no JSON report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
		);
	}
	expect(
		report.error,
		`npm audit could not run: ${JSON.stringify(report.error)}\n${result.stderr}`,
	).toBeUndefined();
	const metadata = report.metadata;
	expect(metadata, 'the report has metadata').toBeDefined();
	console.log(
		`npm audit --omit=dev: ${metadata?.dependencies['prod'] ?? '?'} production package(s) checked.`,
	);
	const found = Object.entries(report.vulnerabilities ?? {}).map(
		([name, v]) => `${name} (${v.severity})`,
	);
	expect(found).toEqual([]);
	expect(metadata?.vulnerabilities['total']).toBe(0);
	expect(result.status).toBe(0);
});
