"""Upload checks that look at the file's content, not its name."""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4096 * 4096  # refuses decompression bombs before they are decoded
LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}


def validate_image(upload) -> None:
    """A logo or an avatar: PNG, JPEG or WebP, at most 2 MB and 4096×4096 pixels."""  # noqa: RUF002

    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The image is %(size)s MB; the limit is 2 MB."),
            params={"size": f"{upload.size / 1024 / 1024:.1f}"},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind, (width, height) = image.format, image.size
            if width * height > LOGO_MAX_PIXELS:
                raise ValidationError(
                    _("The image is %(width)s×%(height)s pixels; the limit is 4096×4096."),  # noqa: RUF001
                    params={"width": width, "height": height},
                    code="too_many_pixels",
                )
            image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise ValidationError(
            _("This file is not a PNG, JPEG or WebP image."), code="not_an_image"
        ) from None
    finally:
        upload.seek(position)
    if kind not in LOGO_FORMATS:
        raise ValidationError(
            _("Images must be PNG, JPEG or WebP; this file is %(kind)s."),
            params={"kind": kind},
            code="wrong_type",
        )


validate_logo = validate_image  # the name migrations use


EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
# What each accepted type starts with: the name can lie, the first bytes cannot.
EVIDENCE_SIGNATURES = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}


def validate_evidence(upload) -> None:
    _validate_signature(upload, EVIDENCE_SIGNATURES, limit_mb=EVIDENCE_MAX_BYTES // 2**20)


def _validate_signature(upload, signatures: dict, limit_mb: int) -> None:
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
    head = upload.read(16)
    upload.seek(position)
    if not head.startswith(signatures[extension]):
        raise ValidationError(
            _("This file is named %(name)s but is not a %(kind)s file."),
            params={"name": os.path.basename(upload.name), "kind": extension[1:].upper()},
            code="content_mismatch",
        )


# Office documents are ZIP containers; the working group's files may be any of these.
DOCUMENT_SIGNATURES = {
    **EVIDENCE_SIGNATURES,
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
}


def validate_document(upload) -> None:
    _validate_signature(upload, DOCUMENT_SIGNATURES, limit_mb=20)
