"""Rate limits on what people repeat, each with a clear message; the text posted is kept.

Log-in, sign-up and password reset are limited by allauth (tests/members/test_accounts.py).
"""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django_comments_xtd.models import XtdComment

from practices.models import CaseStudyPage
from tests.members.factories import ModeratorFactory
from tests.practices.helpers import bulk_case_studies
from tests.security.html import form_values

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def limits(settings, rate_window):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "search": (3, 60),
        "autocomplete": (3, 60),
        "comment": (2, 600),
        "newsletter": (2, 3600),
        "guest-registration": (2, 3600),
    }
    cache.clear()
    yield
    cache.clear()


def test_search_over_the_limit_says_when_to_come_back():
    visitor = Client()
    for _ in range(3):
        assert visitor.get("/en/search/", {"q": "lighting"}).status_code == 200
    refused = visitor.get("/en/search/", {"q": "lighting"})
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Please try again in 1 minute." in refused.content.decode()
    # Someone else (another address) is not affected.
    assert Client(REMOTE_ADDR="10.0.0.2").get("/en/search/", {"q": "x"}).status_code == 200


def test_latvian_visitors_are_told_in_latvian():
    visitor = Client()
    for _ in range(3):
        visitor.get("/lv/search/", {"q": "apgaismojums"})
    refused = visitor.get("/lv/search/", {"q": "apgaismojums"})
    assert refused.status_code == 429
    assert "Lūdzu, mēģiniet vēlreiz pēc 1 minūtes." in refused.content.decode()


def test_autocomplete_over_the_limit_returns_no_suggestions():
    visitor = Client()
    for _ in range(3):
        assert visitor.get("/en/search/autocomplete/", {"q": "li"}).status_code == 200
    refused = visitor.get("/en/search/autocomplete/", {"q": "li"})
    assert refused.status_code == 429
    assert refused.json() == {"suggestions": []}


def test_a_comment_over_the_limit_comes_back_with_its_text_and_the_wait():
    bulk_case_studies(1)
    study = CaseStudyPage.objects.get()
    member = Client()
    member.force_login(ModeratorFactory())  # published at once: only the limit stops it
    form = form_values(member.get(study.url).content.decode(), "/comments/post/", study.url)
    for number in range(2):
        posted = member.post("/en/practices/comments/post/", {**form, "comment": f"Nr {number}"})
        assert posted.status_code == 302
    refused = member.post("/en/practices/comments/post/", {**form, "comment": "Third, kept"})
    assert refused.status_code == 429
    page = refused.content.decode()
    assert re.search(r"Please try again in ([1-9]|10) minutes?\.", page)  # the window's rest
    assert "Third, kept" in page
    assert XtdComment.objects.filter(object_pk=str(study.pk)).count() == 2


def test_newsletter_sign_up_over_the_limit_keeps_the_form_and_sends_nothing(
    django_capture_on_commit_callbacks,
):
    from django.core import mail

    visitor = Client()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(2):
            data = {"email": f"reader{n}@example.eu", "language": "en"}
            assert visitor.post("/en/agenda/newsletter/", data).status_code == 200
        refused = visitor.post(
            "/en/agenda/newsletter/", {"email": "victim@example.eu", "language": "en"}
        )
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    html = refused.content.decode()
    assert 'value="victim@example.eu"' in html
    assert "Please try again in" in html
    assert [m.to for m in mail.outbox] == [["reader0@example.eu"], ["reader1@example.eu"]]


def test_guest_registration_over_the_limit_keeps_the_form_and_sends_nothing(
    django_capture_on_commit_callbacks,
):
    from django.core import mail

    from events.models import Registration
    from tests.events.factories import event

    page = event(1, open_to_public=True)
    visitor = Client()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(2):
            data = {"name": f"Guest {n}", "email": f"guest{n}@example.pt", "language": "en"}
            visitor.post(f"/en/agenda/{page.pk}/register/", data)
        refused = visitor.post(
            f"/en/agenda/{page.pk}/register/",
            {"name": "Ana", "email": "victim@example.pt", "language": "en"},
        )
    assert refused.status_code == 429
    assert 'value="Ana"' in refused.content.decode()
    assert "Please try again in" in refused.content.decode()
    assert len(mail.outbox) == 2
    assert not Registration.objects.filter(email="victim@example.pt").exists()
