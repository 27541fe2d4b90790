"""Views that fail, to see the site's error pages (tests/kb_site/test_errors.py)."""

from django.db import OperationalError
from django.urls import path


def database_down(request):
    raise OperationalError('connection to server at "127.0.0.1", port 5432 failed')


def bug(request):
    raise ValueError("a bug")


urlpatterns = [path("database-down/", database_down), path("bug/", bug)]
handler500 = "kb_site.errors.server_error"
