/**
 * The 2022 article's claims ("Python Flask versus FastAPI: Which Should You Choose?", Netguru,
 * April 2022), each restated with a stable ID, and today's verdict on it. The fact-check page and
 * every comparison page's "Claims this page settles" list are generated from this one array.
 * IDs are public URL anchors (`/fact-check/#c8`): never renumber or reuse one.
 * Statuses follow the rubric in `claim-rubric.ts` (shown at `/about/#how-we-rate-claims`).
 */
import type { DimensionId } from './dimensions';

export const claimStatuses = [
	'holds',
	'partly-holds',
	'outdated',
	'wrong',
	'unverifiable',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** Words shown on the status badge. */
export const claimStatusLabels: Record<ClaimStatus, string> = {
	holds: 'Holds',
	'partly-holds': 'Partly holds',
	outdated: 'Outdated',
	wrong: 'Wrong',
	unverifiable: 'Unverifiable',
};

/** Pages outside `/compare/` that a claim can belong to. */
export type ClaimHomePage = DimensionId | 'what-is-flask' | 'what-is-fastapi' | 'quiz';

export interface ClaimSource {
	readonly title: string;
	readonly url: string;
	/** Set when the figures used come second-hand (an aggregator or a transcription); the claim's text must then say "secondary". */
	readonly secondary?: true;
}

/** The question of a comparison page's verdict that a claim takes a side on, and the side. */
export interface ClaimAnswers {
	readonly page: DimensionId;
	readonly favours: 'flask' | 'fastapi' | 'tie';
}

export interface Claim {
	/** `C1` … `C25`. */
	readonly id: `C${number}`;
	/** The article's claim, restated in our words. */
	readonly claim: string;
	/** Pages that discuss the claim (from the claims list's "page it belongs to" column). */
	readonly pages: readonly ClaimHomePage[];
	readonly status: ClaimStatus;
	/** A qualifier shown after the badge, e.g. "Python version part outdated"; empty when none. */
	readonly statusNote: string;
	/** What holds today, 1–4 sentences in our words. `code` in backticks is rendered as code. */
	readonly today: string;
	/** Sources backing the status; at least one primary, and secondary ones marked. */
	readonly sources: readonly ClaimSource[];
	/** Set when the claim takes a side on the question a comparison page's verdict answers; the status must then agree with that verdict. */
	readonly answers?: ClaimAnswers;
	/** ISO date (YYYY-MM-DD) the status was last checked against its sources. */
	readonly checked: string;
}

export const claims: readonly Claim[] = [
	{
		id: 'C1',
		claim:
			'FastAPI appeared in 2018, is open source, is built on Starlette, uses standard type hints, and runs on Python 3.6+.',
		pages: ['what-is-fastapi'],
		status: 'partly-holds',
		statusNote: 'the Python 3.6+ part is outdated (dropped in 0.84.0); the rest holds',
		today:
			'The first commit in the FastAPI repository is dated 2018-12-05 and the 0.1.x tags followed that December; the project is MIT-licensed and still pairs Starlette for the web layer with Pydantic for data, driven by ordinary type hints. Python 3.6 support was removed in 0.84.0 (2022-09-14), and 0.129.0 (2026-02-12) raised the floor to 3.10. The 0.165.0 release pinned here goes one step further: its package metadata declares `requires-python >=3.11` (read on 2026-12-02).',
		sources: [
			{
				title: 'FastAPI release notes (0.84.0, 0.125.0, 0.129.0)',
				url: 'https://fastapi.tiangolo.com/release-notes/',
			},
			{
				title: 'FastAPI pyproject.toml (requires-python, classifiers)',
				url: 'https://github.com/fastapi/fastapi/blob/master/pyproject.toml',
			},
			{
				title: 'FastAPI LICENSE (MIT)',
				url: 'https://github.com/fastapi/fastapi/blob/master/LICENSE',
			},
			{ title: 'PyPI: fastapi 0.165.0', url: 'https://pypi.org/project/fastapi/0.165.0/' },
		],
		checked: '2026-12-02',
	},
	{
		id: 'C2',
		claim:
			'FastAPI is built on the ASGI server Uvicorn; WSGI apps can be mounted through middleware.',
		pages: ['what-is-fastapi', 'concurrency'],
		status: 'partly-holds',
		statusNote:
			'the Uvicorn part is wrong (FastAPI is built on Starlette); WSGI mounting holds, now via a2wsgi',
		today:
			"FastAPI is a layer over the Starlette ASGI framework; Uvicorn is only the server it recommends, installed by `fastapi[standard]` and used by `fastapi dev` and `fastapi run`. Any ASGI server can run it, including Hypercorn and Gunicorn's own `asgi` worker class (beta in 24.0.0 on 2026-01-23, stable in 25.1.0, and bundled in the 27.0.1 pinned here). A Flask or Django app can still be mounted, but `fastapi.middleware.wsgi.WSGIMiddleware` just re-exports Starlette's deprecated middleware, which in Starlette 1.10.0 emits a deprecation warning on import and names `a2wsgi` as the replacement. The FastAPI docs have pointed to `a2wsgi` since 0.128.1 (2026-02-04).",
		sources: [
			{
				title: 'FastAPI docs: Including WSGI (Flask, Django, others)',
				url: 'https://fastapi.tiangolo.com/advanced/wsgi/',
			},
			{
				title: 'Starlette source: starlette/middleware/wsgi.py',
				url: 'https://github.com/Kludex/starlette/blob/main/starlette/middleware/wsgi.py',
			},
			{
				title: 'Gunicorn changelog (news.md)',
				url: 'https://github.com/benoitc/gunicorn/blob/master/docs/content/news.md',
			},
			{ title: 'FastAPI home page (Requirements)', url: 'https://fastapi.tiangolo.com/' },
		],
		checked: '2026-12-02',
	},
	{
		id: 'C3',
		claim: 'Uber, Microsoft and Explosion AI use FastAPI.',
		pages: ['community-and-ecosystem'],
		status: 'partly-holds',
		statusNote:
			"Uber and Microsoft hold; Explosion AI is now unsupported, its quote gone from FastAPI's site",
		today:
			"The opinions section of FastAPI's home page, reworked on 2026-04-30, quotes engineers from Microsoft (ML services), Uber (Ludwig), Netflix (Dispatch) and Cisco. The Explosion AI (spaCy) quote was dropped in that rework. These are testimonials naming teams that use FastAPI, not audited lists of production use.",
		sources: [
			{ title: 'FastAPI home page (Opinions)', url: 'https://fastapi.tiangolo.com/' },
			{
				title: 'FastAPI commit aff0b7cd (home page opinions rework)',
				url: 'https://github.com/fastapi/fastapi/commit/aff0b7cd43ddce84b2f80780e199e208ef85e6fa',
			},
			{
				title: 'Uber Engineering: Ludwig v0.2',
				url: 'https://www.uber.com/us/en/blog/ludwig-v0-2/',
			},
			{
				title: 'Netflix Tech Blog: Introducing Dispatch',
				url: 'https://netflixtechblog.com/introducing-dispatch-da4b8a2a8072',
			},
		],
		checked: '2026-08-19',
	},
	{
		id: 'C4',
		claim: 'FastAPI is among the fastest Python frameworks; only Starlette and Uvicorn beat it.',
		pages: ['performance'],
		status: 'unverifiable',
		statusNote: 'no primary source settles it: the only evidence is an unofficial benchmark run',
		today:
			"FastAPI's benchmarks page still makes this claim, citing a TechEmpower continuous run rather than an official round; issue #5259 (2022) describes that run as unofficial and incomplete, and no current per-framework TechEmpower figures for FastAPI could be found (the newest official round confirmed is Round 22, 2023-11-15). Our own benchmark measures only Flask and FastAPI, so it cannot rank FastAPI among Python frameworks. What it shows, on the performance page, is that FastAPI's speed depends on how it is written and served: with `async def` endpoints and an async driver it spent clearly less server CPU per request than any Flask setup on JSON and validation (no run overlapped), a lead that database queries narrowed or erased, and with 20 queries per request it spent more; plain `def` endpoints gave that lead back on JSON and validation, and came much closer to `async def` once a query was involved; and where requests only wait, the Flask setups with a fixed number of workers or threads stopped at their capacity: a server setting, not a framework's speed.",
		sources: [
			{ title: 'FastAPI docs: Benchmarks', url: 'https://fastapi.tiangolo.com/benchmarks/' },
			{
				title: 'FastAPI issue #5259: benchmark link points to an unofficial run',
				url: 'https://github.com/fastapi/fastapi/issues/5259',
			},
			{
				title: 'FastAPI pull request #9443 (benchmark wording)',
				url: 'https://github.com/fastapi/fastapi/pull/9443',
			},
			{
				title: 'TechEmpower: Framework Benchmarks Round 22',
				url: 'https://www.techempower.com/blog/2023/11/15/framework-benchmarks-round-22/',
			},
			{
				title: 'steveryb/fastapi-flask-benchmark',
				url: 'https://github.com/steveryb/fastapi-flask-benchmark',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C5',
		claim:
			'Concurrency in FastAPI is `async def` plus `await`, with no event-loop handling by hand.',
		pages: ['concurrency'],
		status: 'holds',
		statusNote: 'a blocking call inside an async endpoint still stalls the loop',
		today:
			'An `async def` path operation runs on the event loop owned by the ASGI server, so application code never creates or drives a loop. Plain `def` endpoints and dependencies are sent to a thread pool instead. The catch: a blocking call made inside an `async def` endpoint freezes the loop for every request, which is why the docs tie the choice of `def` or `async def` to whether the libraries you call are async.',
		sources: [
			{
				title: 'FastAPI docs: Concurrency and async / await',
				url: 'https://fastapi.tiangolo.com/async/',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C6',
		claim: 'FastAPI has a simple dependency-injection system.',
		pages: ['dependency-injection'],
		status: 'holds',
		statusNote: 'and the system has grown since 2022',
		today:
			'Declaring `Depends()` on a parameter is still the whole entry point, and FastAPI resolves nested sub-dependencies for you. The docs have recommended the `Annotated[...]` form since 0.95.0 (2023-03-18). Later releases let `yield` dependencies raise after `yield` (0.106.0), moved their clean-up after the response is sent (0.118.0), added `scope="function"` to clean up before the response instead (0.121.0, 2025-11-03; its release note names the scopes the other way round, and a test here confirms the order on Uvicorn) and accepted `functools.partial` callables (0.123.5).',
		sources: [
			{
				title: 'FastAPI docs: Features, dependency injection',
				url: 'https://fastapi.tiangolo.com/features/#dependency-injection',
			},
			{
				title: 'FastAPI docs: Dependencies tutorial',
				url: 'https://fastapi.tiangolo.com/tutorial/dependencies/',
			},
			{ title: 'FastAPI release notes', url: 'https://fastapi.tiangolo.com/release-notes/' },
		],
		checked: '2026-12-02',
	},
	{
		id: 'C7',
		claim: 'FastAPI serves interactive API docs: Swagger UI at `/docs`, ReDoc at `/redoc`.',
		pages: ['api-documentation'],
		status: 'holds',
		statusNote: '',
		today:
			'In the 0.165.0 pinned here, the `FastAPI` constructor defaults are `docs_url="/docs"` (Swagger UI), `redoc_url="/redoc"` (ReDoc) and `openapi_url="/openapi.json"`, as `fastapi/applications.py` shows. Each can be moved or set to `None`; setting `openapi_url=None` also removes both UIs.',
		sources: [
			{
				title: 'FastAPI docs: Features (automatic docs)',
				url: 'https://fastapi.tiangolo.com/features/',
			},
			{
				title: 'FastAPI source: fastapi/applications.py',
				url: 'https://github.com/fastapi/fastapi/blob/master/fastapi/applications.py',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C8',
		claim:
			'FastAPI validates input with Pydantic, answers bad input with the reasons as JSON, and its authors say this cuts developer-made errors by about 40%.',
		pages: ['data-validation'],
		status: 'holds',
		statusNote: "the 40% figure is the authors' own unaudited estimate",
		today:
			'Request data is validated by Pydantic v2: v1 support ended in 0.126.0 (2025-12-20), and the 0.165.0 pinned here requires `pydantic>=2.9.0`. Invalid input gets status 422 with a `{"detail": [...]}` body listing each error, produced by the default handler in `fastapi/exception_handlers.py`; since 0.132.0 a JSON body also needs a JSON `Content-Type`. The 40% figure is still on the home page, footnoted as an estimate from tests by an internal team, with no published method.',
		sources: [
			{
				title: 'FastAPI home page (features list and footnote)',
				url: 'https://fastapi.tiangolo.com/',
			},
			{
				title: 'FastAPI source: fastapi/exception_handlers.py',
				url: 'https://github.com/fastapi/fastapi/blob/master/fastapi/exception_handlers.py',
			},
			{
				title: 'FastAPI release notes (0.126.0, 0.132.0)',
				url: 'https://fastapi.tiangolo.com/release-notes/',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C9',
		claim: 'FastAPI has no built-in security system, only a security module; it supports OAuth2.',
		pages: ['security'],
		status: 'holds',
		statusNote: 'no user, login or session layer ships; the security module covers OAuth2 and more',
		today:
			"There is no built-in user, login or session layer. What ships is `fastapi.security`: OAuth2 password and authorization-code bearers, OpenID Connect, HTTP Basic, Bearer and Digest, and API keys read from a header, query string or cookie. In 0.165.0 each answers a request without credentials with 401 and a `WWW-Authenticate` challenge, and each appears in the generated OpenAPI schema, with the scopes required through `Security()`. The tutorials build OAuth2 with JWT tokens on top of it, and Starlette's `SessionMiddleware` covers signed-cookie sessions.",
		sources: [
			{
				title: 'FastAPI docs: Security tutorial',
				url: 'https://fastapi.tiangolo.com/tutorial/security/',
			},
			{
				title: 'FastAPI docs: Features, security and authentication',
				url: 'https://fastapi.tiangolo.com/features/#security-and-authentication',
			},
			{
				title: 'FastAPI source: fastapi/security/',
				url: 'https://github.com/fastapi/fastapi/tree/master/fastapi/security',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C10',
		claim: "FastAPI's community is small, with few books and tutorials.",
		pages: ['community-and-ecosystem'],
		status: 'outdated',
		statusNote:
			'true in April 2022, false now: FastAPI leads on stars, downloads and the 2024 survey',
		today:
			"In June 2022, two months after the article, FastAPI drew about 7.5 M PyPI downloads a month to Flask's 78 M. By mid-2026 it led: 101,745 GitHub stars on 2026-08-22 to Flask's 72,133, and about 480 M downloads a month on 2026-06-25 to Flask's 190 M (EvanLi/Github-Ranking and best-of-web-python, secondary). The 2024 PSF/JetBrains survey put it first among web frameworks at 38% (secondary transcriptions). Its docs come in 14 languages and books exist, such as O'Reilly's FastAPI (2023). It still lags on Stack Overflow: 7,290 questions to Flask's 55,929 in October 2024 (tbicr/web-framework-rank, secondary).",
		sources: [
			{
				title: 'FastAPI documentation sources (docs/ in the repository, one folder per language)',
				url: 'https://github.com/fastapi/fastapi/tree/master/docs',
			},
			{
				title: "O'Reilly: FastAPI: Modern Python Web Development (catalog entry)",
				url: 'https://www.oreilly.com/catalog/errata.csp?isbn=9781098135508',
			},
			{
				title: 'EvanLi/Github-Ranking (daily star records, 2026-08-22)',
				url: 'https://github.com/EvanLi/Github-Ranking',
				secondary: true,
			},
			{
				title: 'best-of-web-python (PyPI and GitHub metrics)',
				url: 'https://github.com/ml-tooling/best-of-web-python',
				secondary: true,
			},
			{
				title: 'Python Developers Survey 2024 results (shares read from transcriptions)',
				url: 'https://lp.jetbrains.com/python-developers-survey-2024/',
				secondary: true,
			},
			{
				title: 'tbicr/web-framework-rank',
				url: 'https://github.com/tbicr/web-framework-rank',
				secondary: true,
			},
		],
		checked: '2026-08-22',
	},
	{
		id: 'C11',
		claim:
			'Flask appeared in 2010, is built on Werkzeug and Jinja2, speaks WSGI, and can run on an ASGI server only through an adapter.',
		pages: ['what-is-flask'],
		status: 'holds',
		statusNote: '',
		today:
			"Flask 0.1 was released on 2010-04-16. It is a WSGI application on top of Werkzeug and Jinja: the 3.1.3 pinned here requires `werkzeug>=3.1.0` and `jinja2>=3.1.2` and declares `requires-python >=3.9` (read from its installed metadata). To serve it from an ASGI server, the Flask docs wrap it in asgiref's `WsgiToAsgi` adapter.",
		sources: [
			{
				title: 'Flask changelog (CHANGES.rst)',
				url: 'https://github.com/pallets/flask/blob/main/CHANGES.rst',
			},
			{
				title: 'Flask 3.1.3 pyproject.toml',
				url: 'https://github.com/pallets/flask/blob/3.1.3/pyproject.toml',
			},
			{
				title: 'Flask docs: ASGI',
				url: 'https://flask.palletsprojects.com/en/stable/deploying/asgi/',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C12',
		claim:
			'Flask does REST through extensions such as Flask-RESTful, Flask-Classful and Flask-RESTPlus.',
		pages: ['flexibility', 'api-documentation'],
		status: 'partly-holds',
		statusNote:
			'REST extensions exist (holds); the list is wrong (Flask-RESTPlus, unmaintained since 2020) and outdated (Flask-RESTful)',
		today:
			'Core Flask handles REST on its own: `@app.get` and `@app.post` since 2.0, class-based `MethodView`, and dicts or lists returned from a view become JSON. Of the three extensions named, Flask-RESTPlus has been unmaintained since 2020 (its fork is Flask-RESTX), Flask-RESTful last shipped 0.3.10 on 2023-05-20 and its maintainer said in February 2024 he barely maintains it, and Flask-Classful has been quiet since 0.16.0 (September 2023). The maintained choices that add schemas and OpenAPI are flask-smorest (0.47.0, 2026-03-22), APIFlask (3.1.2, 2026-09-12, marshmallow or Pydantic) and Flask-OpenAPI3 (4.3.2, 2026-05-09, Pydantic v2).',
		sources: [
			{
				title: 'Flask-RESTful issue #976 (maintenance status)',
				url: 'https://github.com/flask-restful/flask-restful/issues/976',
			},
			{ title: 'Flask-RESTPlus repository', url: 'https://github.com/noirbizarre/flask-restplus' },
			{ title: 'Flask-RESTX repository', url: 'https://github.com/python-restx/flask-restx' },
			{
				title: 'APIFlask changelog',
				url: 'https://github.com/apiflask/apiflask/blob/main/CHANGES.md',
			},
			{
				title: 'flask-smorest repository',
				url: 'https://github.com/marshmallow-code/flask-smorest',
			},
			{
				title: 'PyPI: APIFlask release history',
				url: 'https://pypi.org/project/APIFlask/#history',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C13',
		claim: 'Flask does not suit high-load enterprise software.',
		pages: ['scalability-and-deployment'],
		status: 'wrong',
		statusNote:
			"false in April 2022 and now: capacity comes from the server's processes, threads and machines",
		today:
			"Nothing in Flask's docs or README supported this in 2022 or does now; the README describes Flask as able to grow into complex applications. How much load a Flask service carries is set mostly by its deployment: WSGI server processes and threads, gevent, and more machines. The genuine constraint is that every in-flight request holds a worker or thread, async views included, so very many idle or long-lived connections such as WebSockets and SSE are better served by an ASGI framework or Quart.",
		sources: [
			{ title: 'Flask README', url: 'https://github.com/pallets/flask/blob/main/README.md' },
			{
				title: 'Flask docs: Using async and await',
				url: 'https://flask.palletsprojects.com/en/stable/async-await/',
			},
			{
				title: 'Flask docs: Gunicorn',
				url: 'https://flask.palletsprojects.com/en/stable/deploying/gunicorn/',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C14',
		claim:
			'Netflix, Lyft and Zillow use Flask; it is the most popular Python framework for beginners.',
		pages: ['community-and-ecosystem'],
		status: 'partly-holds',
		statusNote:
			'Netflix and Lyft hold; Zillow and "for beginners" are unsupported; "most popular" is outdated',
		today:
			"Flask use at Netflix and Lyft is visible in their open-source tools: Netflix's Lemur and Lyft's Confidant both list Flask as a requirement; no primary source for Zillow was found. Flask was level with or slightly ahead of Django in the 2020 to 2022 PSF/JetBrains surveys, but the 2024 survey put FastAPI at 38%, Django at 35% and Flask at 34%; these shares are secondary, from transcriptions of the survey's results. No survey measures what beginners in particular prefer.",
		sources: [
			{
				title: 'Netflix Lemur requirements.in',
				url: 'https://github.com/Netflix/lemur/blob/main/requirements.in',
			},
			{
				title: 'Lyft Confidant requirements.in',
				url: 'https://github.com/lyft/confidant/blob/master/requirements.in',
			},
			{
				title: 'Python Developers Survey 2024 results (shares read from transcriptions)',
				url: 'https://lp.jetbrains.com/python-developers-survey-2024/',
				secondary: true,
			},
		],
		checked: '2026-08-22',
	},
	{
		id: 'C15',
		claim: 'Flask applications scale easily.',
		pages: ['scalability-and-deployment'],
		status: 'partly-holds',
		statusNote:
			'that Flask apps scale out holds; "easily" is unsupported: it turns on where state lives, not on Flask',
		today:
			"A Flask app scales out like any WSGI app: more processes, threads or gevent greenlets under Gunicorn, Waitress, mod_wsgi or uWSGI, and more machines behind a load balancer. Gunicorn's default worker class is still `sync` (checked in 27.0.1), which serves one request per process at a time, so capacity is roughly workers times threads. FastAPI scales out the same way with `fastapi run --workers N` or `uvicorn --workers`; how easy either is depends on where the app keeps its state.",
		sources: [
			{
				title: 'Flask docs: Gunicorn',
				url: 'https://flask.palletsprojects.com/en/stable/deploying/gunicorn/',
			},
			{
				title: 'FastAPI docs: Server workers',
				url: 'https://fastapi.tiangolo.com/deployment/server-workers/',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C16',
		claim: 'Flask has ample learning resources, many extensions and an established community.',
		pages: ['community-and-ecosystem'],
		status: 'holds',
		statusNote: 'the counts behind it are secondary',
		today:
			"Flask has 16 years of tutorials, answers and extensions behind it, and many community extensions (Flask-WTF, Flask-Security, Flask-Classful, Flask-Pydantic and others) are now kept under the Pallets-Eco organization. On 2026-06-25 about 2.8 M GitHub repositories depended on Flask against about 900 K for FastAPI (best-of-web-python), and in October 2024 Stack Overflow held 55.9 K Flask questions to 7.3 K for FastAPI (tbicr/web-framework-rank); both counts are secondary, from aggregators. FastAPI's own ecosystem has become large too (see C10).",
		sources: [
			{ title: 'Pallets-Eco organization', url: 'https://github.com/pallets-eco' },
			{
				title: 'best-of-web-python (PyPI and GitHub metrics)',
				url: 'https://github.com/ml-tooling/best-of-web-python',
				secondary: true,
			},
			{
				title: 'tbicr/web-framework-rank',
				url: 'https://github.com/tbicr/web-framework-rank',
				secondary: true,
			},
		],
		checked: '2026-06-25',
	},
	{
		id: 'C17',
		claim: 'Flask is more flexible than FastAPI.',
		pages: ['flexibility'],
		status: 'holds',
		statusNote:
			'by a small margin: Flask also leaves validation and API schemas to you, while both leave storage and templates open',
		today:
			"Flask's design notes say it will never include a database layer or a form library, and FastAPI leaves databases and templates open as well. Where they differ is request and response handling: FastAPI fixes it to type hints, Pydantic models and OpenAPI, whereas Flask lets you pick any validation and schema layer, or none, and documents swap points for its request, response, session and JSON classes. So Flask leaves more to your choice; if you would pick Pydantic and OpenAPI anyway, the difference costs you nothing.",
		sources: [
			{
				title: 'Flask docs: Design decisions in Flask',
				url: 'https://flask.palletsprojects.com/en/stable/design/',
			},
			{
				title:
					'Flask API: application object (request_class, response_class, session_interface, json_provider_class)',
				url: 'https://flask.palletsprojects.com/en/stable/api/#application-object',
			},
			{ title: 'FastAPI docs: Features', url: 'https://fastapi.tiangolo.com/features/' },
		],
		answers: { page: 'flexibility', favours: 'flask' },
		checked: '2026-12-02',
	},
	{
		id: 'C18',
		claim:
			'Flask covers CSRF, XSS and JSON security; Flask-Security adds more; extensions can cost performance.',
		pages: ['security'],
		status: 'partly-holds',
		statusNote:
			'XSS, JSON and Flask-Security hold; CSRF is wrong (core Flask never had it); the performance cost is unsupported',
		today:
			"Against XSS, Flask turns on Jinja autoescaping for `.html`, `.htm`, `.xml`, `.xhtml` and `.svg` templates (see `select_jinja_autoescape` in 3.1.3), though its security docs list gaps such as unquoted attributes and `javascript:` URLs; the old worry about top-level JSON arrays no longer applies. CSRF protection is not in core Flask at all, and Flask-WTF's `CSRFProtect` is the usual way to add it. Flask-Security lives on as the Flask-Security-Too fork, which took over the name in 2024 and publishes from pallets-eco/flask-security under both names (5.9.2, 2026-10-21); it still requires Flask-Login, whose last release is 0.6.3 (2023-10-30). No source measured the performance cost of security extensions.",
		sources: [
			{
				title: 'Flask docs: Security considerations',
				url: 'https://flask.palletsprojects.com/en/stable/web-security/',
			},
			{
				title: 'Flask source: src/flask/sansio/app.py',
				url: 'https://github.com/pallets/flask/blob/main/src/flask/sansio/app.py',
			},
			{
				title: 'Flask-WTF docs: CSRF protection',
				url: 'https://flask-wtf.readthedocs.io/en/stable/csrf.html',
			},
			{
				title: 'Flask-Security repository (Pallets-Eco)',
				url: 'https://github.com/pallets-eco/flask-security',
			},
			{
				title: 'PyPI: Flask-Security release history',
				url: 'https://pypi.org/project/Flask-Security/#history',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C19',
		claim: 'Flask has no async support: long requests block and requests are served one at a time.',
		pages: ['concurrency'],
		status: 'wrong',
		statusNote:
			'false in April 2022 and now: async views came in Flask 2.0 (2021-05-11), a threaded dev server in 1.0 (2018)',
		today:
			"Flask 2.0 (2021-05-11) added `async def` views, error handlers and request hooks, installed with `flask[async]`; in 3.1.3 each such view runs through asgiref's `async_to_sync` in its own event loop, so the request still occupies a worker and throughput does not rise. Requests are not served one at a time either: `app.run` defaults to `threaded=True`, and production servers run many workers, threads or gevent greenlets, so a slow request ties up only its own worker. For code that is mostly async, the docs recommend Quart, the ASGI reimplementation of Flask now maintained by Pallets (0.23.1, 2026-08-29, which needs Python 3.13 or newer).",
		sources: [
			{
				title: 'Flask docs: Using async and await',
				url: 'https://flask.palletsprojects.com/en/stable/async-await/',
			},
			{
				title: 'Flask changelog (2.0.0)',
				url: 'https://github.com/pallets/flask/blob/main/CHANGES.rst',
			},
			{ title: 'Quart repository', url: 'https://github.com/pallets/quart' },
			{ title: 'PyPI: Quart release history', url: 'https://pypi.org/project/Quart/#history' },
		],
		checked: '2026-12-02',
	},
	{
		id: 'C20',
		claim: "Flask's reliance on third-party modules raises the security risk.",
		pages: ['security'],
		status: 'partly-holds',
		statusNote:
			"that extensions add risk holds; that Flask is riskier than FastAPI's stack is unsupported",
		today:
			'Leaning on community extensions does add supply-chain and maintenance risk, and two extensions the article recommended were given up by their maintainers (Flask-RESTPlus in 2020, Flask-Inputs in 2022), and Flask-Login, which Flask-Security still requires, has had no release since 0.6.3 (2023-10-30). Yet both stacks have had advisories: Flask GHSA-4grg-w6v8-c28g (3.1.1, 2025) and GHSA-68rp-wp8r-4726 (3.1.3, 2026) plus Werkzeug `safe_join` fixes in 2025 and 2026, and on the FastAPI side python-multipart GHSA-qf9m-vfgh-m389 (fixed via FastAPI 0.109.1) and Starlette GHSA-f96h-pmfr-66vw (0.40.0) and GHSA-7f5h-v6xp-fcq8 (0.49.1). The risk follows from how dependencies are pinned, audited and updated, not from the choice of framework.',
		sources: [
			{
				title: 'Flask changelog (CHANGES.rst)',
				url: 'https://github.com/pallets/flask/blob/main/CHANGES.rst',
			},
			{
				title: 'Werkzeug changelog (CHANGES.rst)',
				url: 'https://github.com/pallets/werkzeug/blob/main/CHANGES.rst',
			},
			{ title: 'FastAPI release notes', url: 'https://fastapi.tiangolo.com/release-notes/' },
			{
				title: 'Starlette release notes',
				url: 'https://github.com/Kludex/starlette/blob/main/docs/release-notes.md',
			},
			{
				title: 'Flask-Security issue 1288 (Flask-Login)',
				url: 'https://github.com/pallets-eco/flask-security/issues/1288',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C21',
		claim: 'Flask has no data validation; Flask-Marshmallow or Flask-Inputs add it.',
		pages: ['data-validation'],
		status: 'holds',
		statusNote:
			"both still install; Flask-Inputs' 2024 release comes from a new publisher, its repository being unmaintained",
		today:
			"Core Flask still has no request-validation layer, by design. Flask-Marshmallow is maintained (1.5.0, 2026-04-16). Flask-Inputs' repository has said it is unmaintained since 2022-09-10, yet a 1.0.0 for Python 3.9+ and Flask 3 appeared on PyPI on 2024-06-01 from a different publisher, with no repository linked. Current choices include Flask-Pydantic (Pallets-Eco, Pydantic v2), APIFlask (marshmallow or Pydantic), flask-smorest (marshmallow), Flask-OpenAPI3 (Pydantic v2) and Flask-WTF for HTML forms.",
		sources: [
			{ title: 'Flask-Inputs repository', url: 'https://github.com/nathancahill/flask-inputs' },
			{
				title: 'PyPI: Flask-Inputs release history',
				url: 'https://pypi.org/project/Flask-Inputs/#history',
			},
			{
				title: 'Flask-Marshmallow repository',
				url: 'https://github.com/marshmallow-code/flask-marshmallow',
			},
			{
				title: 'Flask-Pydantic repository (Pallets-Eco)',
				url: 'https://github.com/pallets-eco/flask-pydantic',
			},
			{ title: 'APIFlask repository', url: 'https://github.com/apiflask/apiflask' },
			{ title: 'Flask-OpenAPI3 repository', url: 'https://github.com/luolingchun/flask-openapi3' },
		],
		checked: '2026-12-02',
	},
	{
		id: 'C22',
		claim: 'Both take the same effort to deploy.',
		pages: ['scalability-and-deployment'],
		status: 'holds',
		statusNote:
			'both need an application server and usually a reverse proxy; only the server differs',
		today:
			"Each needs a production server and usually a reverse proxy in front. Flask runs on a WSGI server such as Gunicorn, Waitress, mod_wsgi or uWSGI; FastAPI on an ASGI server such as Uvicorn (`fastapi run --workers N`), Hypercorn or Gunicorn's `asgi` worker class, which is present in the 27.0.1 pinned here. Both projects document container deployments, and FastAPI adds a vendor route, `fastapi deploy` to FastAPI Cloud, since 0.116.0 (2025-07-07).",
		sources: [
			{
				title: 'Flask docs: Deploying to production',
				url: 'https://flask.palletsprojects.com/en/stable/deploying/',
			},
			{ title: 'FastAPI docs: Deployment', url: 'https://fastapi.tiangolo.com/deployment/' },
			{
				title: 'FastAPI docs: Server workers',
				url: 'https://fastapi.tiangolo.com/deployment/server-workers/',
			},
			{
				title: 'Gunicorn changelog (news.md)',
				url: 'https://github.com/benoitc/gunicorn/blob/master/docs/content/news.md',
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C23',
		claim: 'Pick FastAPI when speed matters, for APIs and for microservices.',
		pages: ['quiz', 'performance'],
		status: 'partly-holds',
		statusNote:
			'advice: "for APIs and microservices" holds; "when speed matters" is unsupported as a blanket rule: the edge needs async endpoints and drivers',
		today:
			'FastAPI suits API-first services: it generates OpenAPI docs, validates requests, handles async I/O, and streams JSON Lines (0.134.0) and Server-Sent Events (0.135.0, 2026-03-01). "When speed matters" needs qualifying, per our benchmark on the performance page: FastAPI\'s edge is lower CPU per request with `async def` endpoints, about half of Flask\'s on JSON, which database queries narrowed or erased; plain `def` endpoints, which FastAPI runs in a thread pool, gave it back on JSON and validation; and where requests mostly wait, throughput follows how many requests a server holds at once, which Flask raises with gevent workers. It is still 0.x with the "Development Status :: 4 - Beta" classifier (0.165.0 as pinned here), and any minor release may break things, so pin it.',
		sources: [
			{
				title: 'FastAPI docs: Concurrency and async / await',
				url: 'https://fastapi.tiangolo.com/async/',
			},
			{
				title: 'FastAPI docs: About FastAPI versions',
				url: 'https://fastapi.tiangolo.com/deployment/versions/',
			},
			{
				title: 'FastAPI release notes (0.134.0, 0.135.0)',
				url: 'https://fastapi.tiangolo.com/release-notes/',
			},
			{
				title: 'psycopg 3 docs: gevent support',
				url: 'https://www.psycopg.org/psycopg3/docs/advanced/async.html#gevent-support',
			},
		],
		answers: { page: 'performance', favours: 'fastapi' },
		checked: '2026-12-02',
	},
	{
		id: 'C24',
		claim:
			'Pick Flask for a simple service with a few endpoints, for ML prototypes, and for apps that start small.',
		pages: ['quiz', 'ml-model-serving'],
		status: 'partly-holds',
		statusNote:
			'advice: small server-rendered services hold; Flask as the better pick for ML prototypes or small APIs is unsupported',
		today:
			"Flask is still a sound choice for small services, server-rendered sites and prototypes. For a model served to other teams, this site prefers FastAPI for its typed validation, generated docs and lifespan loading, not for its popularity: no usage data shows ML serving moving to it. FastAPI's home page quotes Microsoft's ML services and Uber's Ludwig, but those are testimonials. The one survey figure found points the other way: among data scientists, Flask 36%, FastAPI 31% and Django 26% (2023 survey data, secondary: JetBrains' State of Python 2024 post as quoted in a transcription).",
		sources: [
			{ title: 'FastAPI home page (Opinions)', url: 'https://fastapi.tiangolo.com/' },
			{
				title:
					'JetBrains PyCharm blog: The State of Python 2024 (shares read from a transcription)',
				url: 'https://blog.jetbrains.com/pycharm/2024/12/the-state-of-python/',
				secondary: true,
			},
		],
		checked: '2026-12-02',
	},
	{
		id: 'C25',
		claim: 'FastAPI is eight years younger than Flask.',
		pages: ['what-is-fastapi'],
		status: 'holds',
		statusNote: 'closer to eight years and eight months',
		today:
			"Flask 0.1 came out on 2010-04-16. FastAPI's first commit is dated 2018-12-05 and its first releases appeared that December, so the gap is nearly eight years and eight months (eight years, seven months and 19 days).",
		sources: [
			{
				title: 'Flask changelog (0.1)',
				url: 'https://github.com/pallets/flask/blob/main/CHANGES.rst',
			},
			{ title: 'FastAPI repository (history and tags)', url: 'https://github.com/fastapi/fastapi' },
		],
		checked: '2026-12-02',
	},
];
