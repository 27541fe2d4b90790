"""`make run`: DEBUG, SQLite under var/, console e-mail, tasks run at once, database search."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *

SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
INTERNAL_IPS = ["127.0.0.1"]
