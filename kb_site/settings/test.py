"""`make test`: fast hasher, locmem e-mail and cache, immediate tasks, temporary media."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-key")
os.environ.setdefault("EMAIL_URL", "memorymail://")

from .base import *

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="gpp-media-"))
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="gpp-static-"))
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
