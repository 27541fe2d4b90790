"""The read API (/api/v2/) is public and takes no credential: no HTTP Basic password (Django
REST framework's default accepted one, to be guessed without limit and without the second
factor) and no session. Whoever asks, and however, it reads as a visitor."""

import base64

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client
from wagtail.models import PageViewRestriction

from kb_site.api import api_router
from tests.events.factories import news
from tests.members.factories import EditorFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "green-tender-2026"  # tests/members/factories.py
RESTRICTED = "Zzmembersonly"
DRAFT = "Zzdraftnews"


def basic(user, password=PASSWORD) -> dict:
    pair = base64.b64encode(f"{user.email}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {pair}"}


@pytest.fixture
def pages():
    news(1, title="Public news")
    restricted = news(2, title=f"{RESTRICTED} news", slug="members-only")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft = news(3, title=f"{DRAFT} embargoed", slug="embargoed", live=False)
    draft.save_revision()
    return {"restricted": restricted, "draft": draft}


@pytest.fixture
def admin_with_totp():
    admin = UserFactory(is_staff=True, is_superuser=True)
    TOTP.activate(admin, generate_totp_secret())
    return admin


def test_a_wrong_password_gets_what_no_password_gets(pages):
    member = UserFactory()
    visitor = Client().get("/api/v2/pages/")
    for attempt in range(5):  # no lock-out needed: the password is never checked
        guessed = Client().get("/api/v2/pages/", **basic(member, f"guess-{attempt}"))
        assert guessed.status_code == 200
        assert guessed.json() == visitor.json()
        assert "WWW-Authenticate" not in guessed
        assert b"Invalid username/password" not in guessed.content


@pytest.mark.parametrize("who", ["member", "editor", "admin with a second factor"])
def test_the_right_password_reads_as_a_visitor(who, pages, admin_with_totp):
    user = {"member": UserFactory, "editor": EditorFactory}.get(who, lambda: admin_with_totp)()
    listing = Client().get("/api/v2/pages/?limit=20", **basic(user))
    assert listing.status_code == 200
    assert listing.json() == Client().get("/api/v2/pages/?limit=20").json()
    assert RESTRICTED not in listing.content.decode()
    assert DRAFT not in listing.content.decode()
    for page in pages.values():
        detail = Client().get(f"/api/v2/pages/{page.pk}/", **basic(user), follow=True)
        assert detail.status_code == 404


def test_a_logged_in_member_reads_the_api_as_a_visitor(pages):
    client = Client()
    client.force_login(UserFactory())
    assert RESTRICTED not in client.get("/api/v2/pages/").content.decode()
    detail = client.get(f"/api/v2/pages/{pages['restricted'].pk}/", follow=True)
    assert detail.status_code == 404


def test_no_endpoint_of_the_api_authenticates():
    # Settings could change REST framework's defaults: each endpoint says it takes none.
    for name, viewset in api_router._endpoints.items():
        assert viewset.authentication_classes == [], name
