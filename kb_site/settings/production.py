"""Production: every secret from the environment, HTTPS only, static files by whitenoise."""

from django.core.exceptions import ImproperlyConfigured

from .base import *

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be false in production (unset it or set DEBUG=false)")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY is not set: production needs a long random value")

# Pages and fragments are cached under a generation number that every write bumps
# (kb_site/page_cache.py); gunicorn's workers must share it, or one would keep showing what
# another has changed. So the default here is a cache on disk that every process on this
# machine shares; several machines set CACHE_URL to Redis or memcached.
CACHES = {"default": env_url("CACHE_URL", env.cache_url, f"filecache://{VAR_DIR / 'cache'}")}

STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
