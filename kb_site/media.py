"""Serving uploaded files with headers that keep a browser from running them.

`public` answers /media/ (MEDIA_ROOT) in development and in production alike, unless the web
server answers it first with the same headers (docs/media.md). Files under
PRIVATE_MEDIA_ROOT have no route here: each kind has its own view that checks who may read
it, then hands the file to `file_response`.

Every answer says `X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy;
only the raster image types below are shown inline, everything else is a download, so a file
stored before names were made by the server (`page.html`) cannot become a page of the site.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.utils._os import safe_join

INLINE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
# Downloads keep their type (a browser's PDF viewer opens a downloaded PDF); anything not
# listed, HTML, SVG and script included, is plain bytes.
DOWNLOAD_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".zip": "application/zip",
    ".csv": "text/csv",
    ".txt": "text/plain",
}
SANDBOX = "default-src 'none'; sandbox"
# Folders /media/ never hands out. Wagtail's documents may sit in restricted collections: only
# its serve view hands them out. Forum images are private files (forum/media.py); a forum
# folder under MEDIA_ROOT can only be one left over (or restored from an old backup).
NOT_SERVED = {"documents", "forum"}


def file_response(file, name: str, *, cache: str, download_name: str = "") -> FileResponse:
    """`file` (open, binary) as an image shown inline, or else as a download."""
    extension = os.path.splitext(name)[1].lower()
    inline = INLINE_TYPES.get(extension)
    response = FileResponse(
        file,
        as_attachment=inline is None,
        filename=download_name or os.path.basename(name),
        content_type=inline or DOWNLOAD_TYPES.get(extension, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = SANDBOX  # django-csp leaves a policy already set
    response["Cache-Control"] = cache
    return response


def public(request, path: str):
    """A file under MEDIA_ROOT (organisation logos, member photos, evidence, Wagtail images)."""
    try:
        full = safe_join(settings.MEDIA_ROOT, path)
    except SuspiciousFileOperation:  # `..` or an absolute path: outside MEDIA_ROOT
        raise Http404 from None
    # The folder is read from the resolved path: `images/../documents/x.pdf` is in documents.
    folder = Path(full).relative_to(os.path.abspath(settings.MEDIA_ROOT)).parts[:1]
    if not folder or folder[0] in NOT_SERVED or not os.path.isfile(full):
        raise Http404
    return file_response(open(full, "rb"), full, cache="public, max-age=3600")
