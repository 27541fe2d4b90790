"""Hostile uploads through the real forms: each is refused with its reason, what else was typed
stays in the form, and nothing lands on disk; a file name with path parts stays in its folder.
What is accepted is stored under a random name with the extension its content shows, served
with nosniff (a download unless it is an image), and a private post's image only to its readers."""

import io
import re
import struct
import zlib
from datetime import timedelta
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from forum import services as forum_services
from forum.models import Post, PostImage
from kb_site import media
from members.models import Evidence
from practices.services import document_upsert
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import (
    MembershipFactory,
    ModeratorFactory,
    OrganisationFactory,
    SupplierOfferFactory,
    UserFactory,
    WorkingGroupFactory,
    WorkingGroupMemberFactory,
    logged_in,
)

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
        "description_en": "Typed before the upload failed.",
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


# --- where uploads are stored and how they are served -----------------------------------------
# A PNG with a page after it: a browser that sniffs, or a server that goes by the name, would
# run the script if the file were stored as `.html`.
PNG_WITH_HTML = png() + b"<html><body><script>alert(document.domain)</script></body></html>"
HTML_NAMES = ["real-png.html", "real-png.htm", "real-png.xhtml", "real-png.png.html",
              "gnp\u202e.html"]  # fmt: skip
# The server's name: letters, digits, hyphens and underscores from the uploaded stem, a random
# part, the extension of the content; no dot but the extension's.
SERVER_NAME = r"(?:[a-z0-9_-]{1,40}-[0-9a-f]{16}|[0-9a-f]{32})"
RANDOM_PNG = re.compile(rf"^forum/images/{SERVER_NAME}\.png$")


def stored_files(root) -> list[str]:
    return [str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file()]


@pytest.fixture
def writer(client):
    """A member whose posts are published at once (not held as a newcomer's)."""
    user = UserFactory()
    PostFactory.create_batch(forum_services.NEW_MEMBER_POSTS, author=user)
    client.force_login(user)
    return user


def reply_with_image(client, thread, name, content, body="Our new lamp"):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    data = {"body": body, "image": upload, "image_description": "A street lamp"}
    return client.post(reverse("forum:post_reply", args=[thread.pk]), data)


def image_url(post) -> str:
    return re.search(r'<img src="([^"]+)"', post.body_html).group(1)


@pytest.mark.parametrize("name", HTML_NAMES)
def test_an_image_named_html_is_stored_and_served_as_a_png(client, writer, name, settings):
    thread = ThreadFactory()
    assert reply_with_image(client, thread, name, PNG_WITH_HTML).status_code == 302
    post = Post.objects.get(body__startswith="Our new lamp")
    stored = PostImage.objects.get(post=post).image.name
    assert RANDOM_PNG.match(stored), stored
    every_name = stored_files(settings.MEDIA_ROOT) + stored_files(settings.PRIVATE_MEDIA_ROOT)
    assert every_name == [stored]
    assert not [n for n in every_name if n.count(".") != 1 or "htm" in n or "\u202e" in n]
    url = image_url(post)
    assert "real-png" not in url
    assert stored not in url
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "attachment" not in response.get("Content-Disposition", "")
    assert b"".join(response.streaming_content) == PNG_WITH_HTML


def test_an_html_page_named_png_is_refused_with_the_reason_and_the_form_kept(client, writer):
    category = CategoryFactory(slug="road-lighting-uploads")
    data = {
        "title": "Lamps typed before the upload failed",
        "body": "A body typed by hand",
        "tags": "",
        "image": SimpleUploadedFile("lamp.png", b"<html><script>alert(1)</script></html>"),
        "image_description": "A lamp",
    }
    response = client.post(reverse("forum:thread_create", args=[category.slug]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "This file is not a PNG, JPEG or WebP image." in page
    assert "Lamps typed before the upload failed" in page
    assert "A body typed by hand" in page
    assert not PostImage.objects.exists()


def test_a_logo_is_stored_under_the_type_its_content_shows(client, organisation_admin, settings):
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "blue").save(buffer, "JPEG")  # a JPEG, named .png
    data = {"name": "Uploads org", "region": "Zemgale", "description_en": "",
            "logo": SimpleUploadedFile("Our Logo.png", buffer.getvalue())}  # fmt: skip
    assert client.post("/en/organisations/uploads-org/edit/", data).status_code == 302
    organisation_admin.refresh_from_db()
    assert re.match(rf"^organisations/logos/{SERVER_NAME}\.jpg$", organisation_admin.logo.name)
    response = client.get(organisation_admin.logo.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_public_pdf_is_served_as_an_attachment(client, offer):
    url = f"/en/organisations/uploads-supplier/offers/{offer.pk}/evidence/"
    assert client.post(url, evidence_data(SimpleUploadedFile("Cert.PDF", PDF))).status_code == 302
    document = Evidence.objects.get().document
    assert re.match(rf"^suppliers/evidence/{SERVER_NAME}\.pdf$", document.name)
    response = Client().get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_wagtail_document_downloads_and_is_not_served_from_media(client):
    document = document_upsert(title="Criteria", filename="criteria.pdf", content=PDF)
    assert re.match(r"^documents/criteria-[0-9a-f]{16}\.pdf$", document.file.name)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    # Its collection may be restricted: only Wagtail's view (which checks) hands it out.
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_file_stored_under_an_old_html_name_is_a_download(client, settings):
    old = Path(settings.MEDIA_ROOT) / "organisations/logos/real-png.html"
    old.parent.mkdir(parents=True)
    old.write_bytes(PNG_WITH_HTML)
    response = client.get("/media/organisations/logos/real-png.html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert client.get("/media/forum/images/..%2f..%2f..%2f..%2f..%2fetc/hosts").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["documents/secret.pdf", "images/../documents/secret.pdf", "./documents/secret.pdf",
     "images/./../documents/secret.pdf", "forum/images/2025/11/old.png",
     "../media/documents/secret.pdf"],
)  # fmt: skip
def test_media_never_hands_out_documents_or_old_forum_images(rf, settings, path):
    # Wagtail's documents pass its collection check only through its own view; forum images
    # only through the post's. `..` is sent as typed by a client (curl --path-as-is).
    for name in ("documents/secret.pdf", "forum/images/2025/11/old.png"):
        (Path(settings.MEDIA_ROOT) / name).parent.mkdir(parents=True, exist_ok=True)
        (Path(settings.MEDIA_ROOT) / name).write_bytes(b"%PDF-1.4 secret")
    with pytest.raises(Http404):
        media.public(rf.get(f"/media/{path}"), path)


# --- images of private posts ------------------------------------------------------------------


@pytest.fixture
def group_room():
    group = WorkingGroupFactory(slug="upload-room-group")
    insider = WorkingGroupMemberFactory(group=group).user
    PostFactory.create_batch(forum_services.NEW_MEMBER_POSTS, author=insider)
    thread = ThreadFactory(category=GroupCategoryFactory(working_group=group))
    return thread, insider


def test_an_image_in_a_working_group_thread_is_for_the_group_only(client, group_room, settings):
    thread, insider = group_room
    client.force_login(insider)
    assert reply_with_image(client, thread, "budget.png", png()).status_code == 302
    image = PostImage.objects.get()
    assert Path(image.image.path).is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert stored_files(settings.MEDIA_ROOT) == []
    url = image_url(image.post)
    assert url == f"/en/forum/images/{image.key}/"  # an opaque id, not where the file is
    outsider = WorkingGroupMemberFactory(group=WorkingGroupFactory(slug="other-group")).user
    assert Client().get(url).status_code == 404
    assert logged_in(outsider).get(url).status_code == 404
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"].startswith("private")


def test_an_image_follows_its_thread_into_a_working_group(client, writer, group_room):
    public = ThreadFactory()
    reply_with_image(client, public, "lamp.png", png())
    url = image_url(Post.objects.get(body__startswith="Our new lamp"))
    assert Client().get(url).status_code == 200
    group_thread, insider = group_room
    forum_services.thread_move(thread=public, moderator=ModeratorFactory(),
                               category=group_thread.category)  # fmt: skip
    assert Client().get(url).status_code == 404
    assert logged_in(insider).get(url).status_code == 200


def test_a_private_image_linked_from_a_public_post_stays_private(client, group_room, writer):
    thread, insider = group_room
    reply_with_image(logged_in(insider), thread, "budget.png", png())
    url = image_url(PostImage.objects.get().post)
    # Another member (who once read the room) links the image from a public thread.
    client.post(reverse("forum:post_reply", args=[ThreadFactory().pk]),
                {"body": f"Look: ![budget]({url})"})  # fmt: skip
    assert Post.objects.filter(body__contains=url).count() == 2
    assert Client().get(url).status_code == 404


def test_an_old_image_moves_into_private_storage_and_its_post_follows(
    settings, group_room, django_capture_on_commit_callbacks
):
    """forum/migrations/0004: an image stored before, under its uploaded name in MEDIA_ROOT."""
    move_old_images = import_module("forum.migrations.0004_move_old_images").move_old_images
    thread, insider = group_room
    old = Path(settings.MEDIA_ROOT) / "forum/images/2025/11/real-png.html"
    old.parent.mkdir(parents=True)
    old.write_bytes(PNG_WITH_HTML)
    image = PostImage.objects.create(
        image="forum/images/2025/11/real-png.html", description="Budget", uploaded_by=insider
    )
    body = "Budget\n\n![Budget](/media/forum/images/2025/11/real-png.html)"
    post = PostFactory(thread=thread, author=insider, body=body)
    with django_capture_on_commit_callbacks() as removals:
        move_old_images(apps, None)
    assert old.exists()  # until the rows are committed
    for removal in removals:
        removal()
    image.refresh_from_db()
    post.refresh_from_db()
    assert RANDOM_PNG.match(image.image.name)
    assert image.post == post
    assert not old.exists()
    url = f"/en/forum/images/{image.key}/"
    assert url in post.body
    assert f'src="{url}"' in post.body_html
    assert Client().get("/media/forum/images/2025/11/real-png.html").status_code == 404
    assert Client().get(url).status_code == 404
    response = logged_in(insider).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
