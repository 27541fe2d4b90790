"""Benchmark settings: the site's own settings and middleware, with DEBUG off (so Django
keeps no query log) and a URLconf that adds the bare reference view."""

from kb_site.settings.base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
ROOT_URLCONF = "benchmarks.urls"
STORAGES["staticfiles"] = {  # noqa: F405 - no manifest needed: the pages are not served files
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# pages.py measures pages as rendered and cached ones apart; the load test runs gunicorn with
# the production default (60) unless PAGE_CACHE_SECONDS says otherwise.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)  # noqa: F405
# Every simulated person comes from 127.0.0.1: the per-address limits would refuse them.
RATE_LIMITS = dict.fromkeys(RATE_LIMITS, (10**9, 60))  # noqa: F405
ACCOUNT_RATE_LIMITS = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # not the console: no printing
