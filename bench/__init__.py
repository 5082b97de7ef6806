"""The Flask vs FastAPI benchmark harness (``python -m bench``; see bench/README.md).

Modules, in the order a run uses them:

- ``config``: modes, scenarios, setups and the constants every other module reads.
- ``database``: the throwaway PostgreSQL cluster's settings, seeding and CPU pinning.
- ``servers``: starting, checking and stopping one server setup.
- ``answers``: what a correct answer of each endpoint looks like.
- ``measure``: CPU time and memory of process trees from /proc, import and startup times.
- ``wrk``: running the load generator and reading its report.
- ``results``: medians, the results document, its schema check and the atomic write.
- ``runner``: one whole run, scenario by scenario; ``cli``: the command line.
"""
