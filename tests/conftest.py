"""Suite-wide hooks: in CI a skipped services or browser test is a failure, not a pass."""

import os

import pytest

REQUIRED_IN_CI = {"services", "e2e"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") != "true" or not report.skipped:
        return
    if REQUIRED_IN_CI & {marker.name for marker in item.iter_markers()}:
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where this suite must run: {reason}"


@pytest.fixture
def page_cache(settings):
    """Anonymous pages kept as in production (the test settings turn it off), in a cache
    emptied before and after."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def fragments(settings):
    """Routes, fragments and per-member answers kept in the cache as in production (the test
    settings turn them off), in a cache emptied before and after."""
    from django.core.cache import cache

    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rate_window(monkeypatch):
    """The rate limiter's clock stopped one second into an hour (and so into a minute): its
    windows are fixed, and one ending between a test's requests would reset the count."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from kb_site import ratelimit

    start = datetime.now(UTC).replace(minute=0, second=1, microsecond=0)
    monkeypatch.setattr(ratelimit, "timezone", SimpleNamespace(now=lambda: start))
    return start
