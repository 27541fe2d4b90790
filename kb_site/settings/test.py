"""`make test`: fast hasher, locmem e-mail and cache, immediate tasks, temporary media."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-key")
os.environ.setdefault("EMAIL_URL", "memorymail://")

from .base import *

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = VAR_DIR / "test-media"  # each test gets its own folder (conftest.py)
WHITENOISE_AUTOREFRESH = True  # no collected static files needed under test
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests change rows behind the signals' back; tests/kb_site/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0  # likewise; tests/kb_site/test_fragments.py turns it on
# The suite searches and posts far more than a person; tests/security/test_rate_limits.py
# sets real limits.
RATE_LIMITS = dict.fromkeys(RATE_LIMITS, (10_000, 60))
