"""The page for an unhandled error: 503 while the database is unreachable, 500 otherwise.

Django calls ``handler500`` inside its ``except`` block, so the exception is still at hand.
Neither page touches the database or the request context, which may be what failed.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

# How long a browser or a proxy should wait before asking again.
RETRY_AFTER_SECONDS = 30


def database_unavailable(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError | InterfaceError)


def server_error(request, template_name="500.html"):
    if database_unavailable(sys.exc_info()[1]):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(loader.get_template(template_name).render(), status=500)
