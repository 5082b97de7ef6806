/**
 * `/data/benchmarks.json`: the benchmark's committed results, byte for byte as committed (every
 * run, every setup's command line, the versions and the machine), for anyone who wants to check
 * or reuse the figures the pages show. The import has already checked the file against its schema.
 */
import type { APIRoute } from 'astro';
import { benchmarksJson } from '~/data/benchmarks';

export const GET: APIRoute = () =>
	new Response(benchmarksJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
