/**
 * The versions the whole site compares, shown on every comparison page. They are not typed here:
 * they are read from `examples/requirements.txt`, the pins the samples are tested against, so
 * the page and the tests cannot disagree. To bump: change the pins and the "Checked against PyPI"
 * date there, run `npm test`, then re-review the pages (`npm run freshness` lists what drifted).
 */
import requirements from '../../examples/requirements.txt?raw';
import { checkedOn, pickPins } from '../lib/requirements';

const FILE = 'examples/requirements.txt';

/** The Python version the samples are tested with and the site states as the floor. */
export const pythonVersion = '3.11';

/** The compared frameworks and their foundations, as pinned. */
export const comparedVersions = {
	python: pythonVersion,
	...pickPins(requirements, ['flask', 'werkzeug', 'fastapi', 'starlette', 'pydantic'], FILE),
} as const;

/** Servers used by the benchmark and the deployment examples, as pinned. */
export const serverVersions = pickPins(requirements, ['uvicorn', 'gunicorn'], FILE);

/** The day the pins were last checked against what PyPI served. */
export const versionsCheckedOn: string = (() => {
	const date = checkedOn(requirements);
	if (!date) throw new Error(`${FILE} lacks its "# Checked against PyPI on YYYY-MM-DD" line.`);
	return date;
})();

export type PackageName = keyof typeof comparedVersions | keyof typeof serverVersions;

/** Display names for the packages, as their projects spell them. */
export const packageLabels: Record<PackageName, string> = {
	python: 'Python',
	flask: 'Flask',
	werkzeug: 'Werkzeug',
	fastapi: 'FastAPI',
	starlette: 'Starlette',
	pydantic: 'Pydantic',
	uvicorn: 'Uvicorn',
	gunicorn: 'Gunicorn',
};
