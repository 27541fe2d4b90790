"""Where uploaded files go, and under which name.

Every file is stored under a name the server makes: a random hex name with the extension of
the type its content shows (`stored_extension`), never the name it was uploaded with, so a
PNG with HTML after it, named `page.html`, is stored and served as `<random>.png`. Both
storages below do that, for every FileField and ImageField and for Wagtail's images,
renditions and documents (STORAGES["default"]).

Files that are not for everybody go under PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, so no web
server or media route hands them out; views check permission and stream them."""

import os
import posixpath
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.text import slugify

from .validators import DOCUMENT_SIGNATURES, TEXT, ZIP, _is_utf8_prefix

# Types told apart by their first bytes; the ZIP-based and text types below are not.
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"%PDF-", ".pdf"),
]
_ZIP_TYPES = {ext for ext, sig in DOCUMENT_SIGNATURES.items() if sig is ZIP}
_TEXT_TYPES = {ext for ext, sig in DOCUMENT_SIGNATURES.items() if sig is TEXT}
UNKNOWN = ".bin"  # served as a download (kb_site/media.py)


def stored_extension(content, claimed_name: str = "") -> str:
    """The extension for a file with this content. An office document and a ZIP archive (or a
    CSV and a text file) look alike, so for those the claimed extension is kept when it is one
    of them; a file's checks (kb_site/validators.py) refuse anything else before it is saved."""
    try:
        position = content.tell()
        content.seek(0)
        head = content.read(4096)
        content.seek(position)
    except (AttributeError, OSError, ValueError):  # not readable here: saved as bytes
        head = b""
    if isinstance(head, str):
        head = head.encode()
    claimed = os.path.splitext(claimed_name)[1].lower()
    for signature, extension in _SIGNATURES:
        if head.startswith(signature):
            return extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    if head[4:8] == b"ftyp" and (b"avif" in head[8:40] or b"avis" in head[8:40]):
        return ".avif"  # the major brand or a compatible one (an AVIF may be `mif1` first)
    if head.startswith(ZIP):
        return claimed if claimed in _ZIP_TYPES else ".zip"
    if head and b"\x00" not in head and _is_utf8_prefix(head):
        return claimed if claimed in _TEXT_TYPES else ".txt"
    return UNKNOWN


def server_name(name: str, extension: str) -> str:
    """`<folder>/<slug of the uploaded stem>-<random><extension>`: readable where the name is
    shown (a document downloads as `tender-template-3fa9c1d2e4b5a697.pdf`), and nothing of the
    uploaded name but letters, digits, hyphens and underscores (no dot, no second extension, no
    right-to-left override); the random part alone when nothing of the stem is left."""
    folder, base = posixpath.split(str(name).replace("\\", "/"))
    stem = slugify(os.path.splitext(base)[0])[:40].strip("-")
    random = uuid.uuid4().hex
    return posixpath.join(
        folder, f"{stem}-{random[:16]}{extension}" if stem else random + extension
    )


class ServerNamedStorage(FileSystemStorage):
    """A file system storage that names each saved file itself (`server_name`), with the
    extension of the type its content shows."""

    def save(self, name, content, max_length=None):
        extension = stored_extension(content, claimed_name=str(name))
        return super().save(server_name(str(name), extension), content, max_length)


class PrivateStorage(ServerNamedStorage):
    """Under PRIVATE_MEDIA_ROOT, read at use (tests change it); no URL."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


private_storage = PrivateStorage()
