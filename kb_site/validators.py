"""Upload checks shared by every app: a file's type is judged by its first bytes, not its name."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ZIP = (b"PK\x03\x04",)  # Office and OpenDocument files are ZIP containers
TEXT = None  # no signature: the content must be UTF-8 text without NUL bytes

# What each accepted type starts with: the name can lie, the first bytes cannot.
DOCUMENT_SIGNATURES: dict[str, tuple[bytes, ...] | None] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".docx": ZIP,
    ".xlsx": ZIP,
    ".pptx": ZIP,
    ".odt": ZIP,
    ".ods": ZIP,
    ".zip": ZIP,
    ".csv": TEXT,
    ".txt": TEXT,
}


def document_max_mb() -> int:
    """The size limit for documents (DOCUMENT_MAX_MB, 20 MB unless configured)."""
    return settings.DOCUMENT_MAX_MB


def validate_signature(upload, signatures: dict, limit_mb: int) -> None:
    """The file's type (by name) is allowed, it is small enough, and its first bytes agree."""
    extension = os.path.splitext(upload.name)[1].lower()
    if extension not in signatures:
        allowed = ", ".join(sorted({ext[1:].upper() for ext in signatures}))
        raise ValidationError(
            _("Upload one of these file types: %(allowed)s."),
            params={"allowed": allowed},
            code="wrong_type",
        )
    if upload.size > limit_mb * 2**20:
        raise ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB."),
            params={"size": f"{upload.size / 2**20:.1f}", "limit": limit_mb},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(position)
    expected = signatures[extension]
    if expected is TEXT:
        ok = b"\x00" not in head and _is_utf8_prefix(head)
    else:
        ok = head.startswith(expected)
    if not ok:
        raise ValidationError(
            _("This file is named %(name)s but is not a %(kind)s file."),
            params={"name": os.path.basename(upload.name), "kind": extension[1:].upper()},
            code="content_mismatch",
        )


def _is_utf8_prefix(data: bytes) -> bool:
    # The first 4 KB may end inside a multi-byte character; allow up to 3 bytes cut off.
    for cut in range(4):
        try:
            data[: len(data) - cut].decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


def validate_document(upload) -> None:
    """A document for the site: PDF, office, OpenDocument, image, ZIP, CSV or text, size-limited."""
    validate_signature(upload, DOCUMENT_SIGNATURES, limit_mb=document_max_mb())
