"""Upload checks that look at the file's content, not its name."""

import io

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from kb_site.validators import DOCUMENT_SIGNATURES, document_max_mb, validate_signature

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4096 * 4096  # refuses decompression bombs before they are decoded
LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}


TOO_MANY_PIXELS = _("The image has too many pixels; the limit is 4096×4096.")  # noqa: RUF001


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
    except Image.DecompressionBombError:
        raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError):
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
EVIDENCE_SIGNATURES = {ext: DOCUMENT_SIGNATURES[ext] for ext in (".pdf", ".png", ".jpg", ".jpeg")}
# A working group's files: office documents, PDF and images (not ZIP archives or plain text).
WORKING_GROUP_SIGNATURES = {
    ext: sig for ext, sig in DOCUMENT_SIGNATURES.items() if ext not in {".zip", ".csv", ".txt"}
}


def validate_evidence(upload) -> None:
    validate_signature(upload, EVIDENCE_SIGNATURES, limit_mb=EVIDENCE_MAX_BYTES // 2**20)


def validate_document(upload) -> None:
    validate_signature(upload, WORKING_GROUP_SIGNATURES, limit_mb=document_max_mb())


class ImageUploadField(forms.ImageField):
    """Django's image field calls a decompression bomb "not an image"; say what it is."""

    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "seek"):
            position = data.tell()
            head = io.BytesIO(data.read(64 * 1024))  # the header is enough to know the size
            data.seek(position)
            try:
                Image.open(head).close()  # a bomb raises here, before anything is decoded
            except Image.DecompressionBombError:
                raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels") from None
            except (UnidentifiedImageError, OSError, SyntaxError):
                pass  # Django's own check names the problem
        return super().to_python(data)
