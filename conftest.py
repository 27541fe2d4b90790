"""Fixtures for every suite: a temporary media folder, users with e-mail verified."""

import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits live in the cache; each test starts with a clean slate.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def password() -> str:
    return "green-tender-2026"


@pytest.fixture
def user(db, password):
    from tests.members.factories import UserFactory

    return UserFactory(password=password)
