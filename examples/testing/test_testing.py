"""Runs the test modules shown on the testing page.

The page shows `flask_tests.py`, `fastapi_tests.py` and `fastapi_async_tests.py` as samples,
so they are not named test_*.py. Importing their tests and fixtures here lets pytest collect
them; the check at the bottom fails if a sample gains a test that is not imported.
"""

import inspect

import pytest

from testing import fastapi_async_tests, fastapi_tests, flask_tests
from testing.fastapi_async_tests import test_greet_async as test_fastapi_greet_async
from testing.fastapi_async_tests import test_greet_async_bad_name as test_fastapi_greet_async_bad_name
from testing.fastapi_tests import hi_greeting  # noqa: F401  (fixture used by the imported test)
from testing.fastapi_tests import test_greet_rejects_bad_name as test_fastapi_greet_rejects_bad_name
from testing.fastapi_tests import test_greet_uses_override as test_fastapi_greet_uses_override
from testing.flask_tests import client  # noqa: F401  (fixture used by the imported tests)
from testing.flask_tests import test_greet_rejects_bad_name as test_flask_greet_rejects_bad_name
from testing.flask_tests import test_greet_uses_test_config as test_flask_greet_uses_test_config

IMPORTED = {
    test_fastapi_greet_async,
    test_fastapi_greet_async_bad_name,
    test_fastapi_greet_rejects_bad_name,
    test_fastapi_greet_uses_override,
    test_flask_greet_rejects_bad_name,
    test_flask_greet_uses_test_config,
}


@pytest.mark.parametrize("module", [flask_tests, fastapi_tests, fastapi_async_tests])
def test_every_sample_test_is_collected(module):
    sample_tests = {
        obj for name, obj in inspect.getmembers(module, inspect.isfunction)
        if name.startswith("test_") and obj.__module__ == module.__name__
    }
    assert sample_tests, f"{module.__name__} has no tests"
    assert sample_tests <= IMPORTED


def test_module_level_apps_serve_real_config():
    # The samples' module-level apps run without the test overrides.
    assert flask_tests.app.test_client().get("/greet/Ada").get_json() == {"message": "Hello, Ada!"}
    assert fastapi_tests.client.get("/greet/Ada").json() == {"message": "Hello, Ada!"}
