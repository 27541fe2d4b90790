"""Hostile uploads through the real forms: each is refused with its reason, what else was typed
stays in the form, and nothing lands on disk; a file name with path parts stays in its folder."""

import io
import struct
import zlib
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from members.models import Evidence
from tests.members.factories import MembershipFactory, OrganisationFactory, SupplierOfferFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def png(width=32, height=32) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "green").save(buffer, "PNG")
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny, valid PNG whose header claims width×height pixels: a decompression bomb."""  # noqa: RUF002

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))  # fmt: skip

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))  # fmt: skip


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
LOGO_CASES = [
    ("a PDF named .png", "logo.png", PDF, "not a PNG, JPEG or WebP image"),
    ("an SVG with a script", "logo.svg", SVG, "not a PNG, JPEG or WebP image"),
    ("an SVG named .png", "logo.png", SVG, "not a PNG, JPEG or WebP image"),
    ("a decompression bomb", "bomb.png", png_claiming(50_000, 50_000), "too many pixels"),
    ("a large image", "large.png", png_claiming(10_000, 10_000), "the limit is 4096"),
    ("an oversize image", "big.png", png() + b"\0" * (3 * 2**20), "the limit is 2 MB"),
    ("an empty file", "empty.png", b"", "empty"),
]


@pytest.fixture
def organisation_admin(client):
    organisation = OrganisationFactory(slug="uploads-org", name="Uploads org")
    client.force_login(MembershipFactory(organisation=organisation, role="admin").user)
    return organisation


@pytest.mark.parametrize(("case", "name", "content", "reason"), LOGO_CASES,
                         ids=[c[0] for c in LOGO_CASES])  # fmt: skip
def test_a_hostile_logo_is_refused_with_its_reason_and_the_form_kept(
    client, organisation_admin, case, name, content, reason, settings
):
    data = {
        "name": "Renamed while uploading",
        "region": "Zemgale",
        "description": "Typed before the upload failed.",
        "logo": SimpleUploadedFile(name, content),
    }
    response = client.post("/en/organisations/uploads-org/edit/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert reason in page
    assert "Renamed while uploading" in page
    assert "Typed before the upload failed." in page
    organisation_admin.refresh_from_db()
    assert organisation_admin.name == "Uploads org"
    assert not organisation_admin.logo


EVIDENCE_CASES = [
    ("a PNG named .pdf", "evidence.pdf", png(), "is not a PDF file"),
    ("an HTML page named .pdf", "evidence.pdf", b"<html><script>alert(1)</script>", "not a PDF"),
    ("an executable", "evidence.exe", b"MZ\x90\x00", "Upload one of these file types"),
    ("an SVG", "evidence.svg", SVG, "Upload one of these file types"),
    ("an oversize PDF", "big.pdf", PDF + b"\0" * (11 * 2**20), "the limit is 10 MB"),
]


@pytest.fixture
def offer(client):
    supplier = OrganisationFactory(slug="uploads-supplier", kind="manufacturer")
    client.force_login(MembershipFactory(organisation=supplier, role="admin").user)
    return SupplierOfferFactory(organisation=supplier)


def evidence_data(upload):
    return {
        "kind": "certificate",
        "name": "ISO 14001 typed by hand",
        "valid_until": (timezone.localdate() + timedelta(days=100)).isoformat(),
        "document": upload,
    }


@pytest.mark.parametrize(("case", "name", "content", "reason"), EVIDENCE_CASES,
                         ids=[c[0] for c in EVIDENCE_CASES])  # fmt: skip
def test_hostile_evidence_is_refused_with_its_reason(client, offer, case, name, content, reason):
    url = f"/en/organisations/uploads-supplier/offers/{offer.pk}/evidence/"
    response = client.post(url, evidence_data(SimpleUploadedFile(name, content)))
    assert response.status_code == 200
    page = response.content.decode()
    assert reason in page
    assert "ISO 14001 typed by hand" in page
    assert not Evidence.objects.exists()


def test_a_file_name_with_path_parts_stays_in_its_folder(client, offer, settings):
    url = f"/en/organisations/uploads-supplier/offers/{offer.pk}/evidence/"
    upload = SimpleUploadedFile("../../../../etc/cron.d/evil.pdf", PDF)
    response = client.post(url, evidence_data(upload))
    assert response.status_code == 302
    stored = Evidence.objects.get().document
    assert stored.name.startswith("suppliers/evidence/")
    assert ".." not in stored.name
    assert "/etc/" not in stored.name
    assert stored.path.startswith(str(settings.MEDIA_ROOT))
