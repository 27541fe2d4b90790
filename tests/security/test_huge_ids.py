"""An id too big for the database (more than a bigint) is a 404 in a path and a 400 in a query
string, never a 500 ("Python int too large to convert to SQLite INTEGER" on SQLite, "out of
range" on PostgreSQL).

Every URL pattern with an integer in its route is asked with that integer at
99999999999999999999, logged out and as staff, by GET and POST; the API's integer query
parameters likewise.
"""

import contextlib
import importlib
import re

import pytest
from django import forms
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.converters import IntConverter
from django.urls.resolvers import RoutePattern

from kb_site.converters import IdConverter
from kb_site.forms import IdChoiceField, IdMultipleChoiceField
from tests.events.factories import event
from tests.members.factories import UserFactory
from tests.practices.helpers import bulk_case_studies

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"  # 20 digits; a bigint holds 19
FILLERS = {"slug": "x", "str": "x", "path": "x", "uuid": "00000000-0000-0000-0000-000000000000"}
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def literal(pattern) -> str | None:
    """An include's prefix as text: a route, or a regular expression that is plain text
    (Wagtail's API router includes `^pages/`); None for a real regular expression."""
    if isinstance(pattern, RoutePattern):
        return str(pattern)
    text = str(pattern).removeprefix("^")
    return text if re.fullmatch(r"[\w/.-]*", text) else None


def routes_with_ids(resolver=None, prefix=""):
    """Every route (through includes and language prefixes) with an integer converter, as a
    URL with each integer at HUGE; routes written as regular expressions have none."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            text = literal(pattern.pattern)
            if text is not None:
                yield from routes_with_ids(pattern, prefix + text)
        elif isinstance(pattern, URLPattern) and isinstance(pattern.pattern, RoutePattern):
            converters = pattern.pattern.converters
            ids = [n for n, c in converters.items() if isinstance(c, IntConverter | IdConverter)]
            if not ids:
                continue

            def fill(match, converters=converters):
                converter = converters[match["name"]]
                if isinstance(converter, IntConverter | IdConverter):
                    return HUGE
                return FILLERS[match["converter"]]

            yield "/" + CONVERTER.sub(fill, prefix + str(pattern.pattern))


ROUTES = sorted(set(routes_with_ids()))


def test_the_walk_finds_the_ids_of_every_app():
    for expected in (
        f"/en/agenda/{HUGE}/event.ics",
        f"/en/agenda/{HUGE}/participants/",
        f"/en/forum/discuss/x/{HUGE}/",
        f"/en/meetings/{HUGE}/",
        f"/en/practices/follow/{HUGE}/",
        f"/api/v2/pages/{HUGE}/",
    ):
        assert expected in ROUTES
    assert len(ROUTES) > 40


@pytest.fixture
def staff_client():
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory(is_staff=True))
    return client


@pytest.mark.parametrize("who", ["anonymous", "staff"])
def test_no_route_fails_on_an_id_too_big_for_the_database(who, staff_client):
    client = staff_client if who == "staff" else Client(raise_request_exception=False)
    failures = []
    for url in ROUTES:
        for method in ("get", "post"):
            status = getattr(client, method)(url).status_code
            if status >= 500:
                failures.append(f"{method.upper()} {url}: {status}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "url",
    [
        f"/en/agenda/{HUGE}/event.ics",
        f"/en/agenda/{HUGE}/participants/",
        f"/en/forum/discuss/page/{HUGE}/",
        f"/en/forum/t/{HUGE}/",
        f"/api/v2/pages/{HUGE}/",
    ],
)
def test_a_huge_id_in_a_path_is_not_found(url, staff_client):
    # A path without a language (the API) is sent on to its /en/ twin first, a 404 too.
    assert Client().get(url, follow=True).status_code == 404
    assert staff_client.get(url, follow=True).status_code == 404


@pytest.mark.parametrize(
    ("route", "name"),
    [
        ("/en/forum/t/{}/", "forum:thread_short"),
        ("/en/agenda/{}/event.ics", "events:event_ics"),
        ("/api/v2/pages/{}/", "wagtailapi:pages:detail"),
    ],
)
def test_the_converter_stops_at_the_largest_bigint(route, name):
    assert resolve(route.format(2**63 - 1)).view_name == name
    with contextlib.suppress(Resolver404):  # or matched by another pattern (a page's path)
        assert resolve(route.format(2**63)).view_name != name


API_PARAMETERS = [
    "offset",
    "limit",
    "id",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
    "depth",
    "owner",
    "locked_by",
]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("parameter", API_PARAMETERS)
@pytest.mark.parametrize("view", ["", "find/"])
def test_a_huge_integer_in_an_api_query_is_a_bad_request(endpoint, parameter, view):
    bulk_case_studies(1)
    response = Client(raise_request_exception=False).get(
        f"/api/v2/{endpoint}/{view}?{parameter}={HUGE}"
    )
    assert response.status_code == 400
    assert response.json() == {"message": f"{parameter} is too large"}


def test_api_integers_that_fit_still_work():
    response = Client().get("/api/v2/pages/?offset=0&limit=1")
    assert response.status_code == 200


# --- ids in forms and query strings ----------------------------------------------------------


@pytest.fixture
def staff_event():
    return event()


def test_ticking_attendance_with_a_huge_id_saves_the_rest(staff_client, staff_event):
    response = staff_client.post(f"/en/agenda/{staff_event.pk}/participants/", {"attended": [HUGE]})
    assert response.status_code == 302


def test_a_comment_on_a_page_id_too_big_is_not_found(staff_client):
    data = {"content_type": "practices.casestudypage", "object_pk": HUGE, "comment": "Hello"}
    assert staff_client.post("/en/practices/comments/post/", data).status_code == 404


def test_an_invitation_to_a_huge_event_id_is_a_form_error(staff_client, staff_event):
    data = {"event": HUGE, "message": "Come", "organisations": [HUGE], "to_subscribers": "on"}
    response = staff_client.post("/en/agenda/invitations/new/", data)
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"event", "organisations"}


def test_a_newsletter_sign_up_with_a_huge_product_group_id_is_a_form_error():
    data = {"email": "reader@example.lv", "language": "en", "product_groups": [HUGE]}
    response = Client().post("/en/agenda/newsletter/", data)
    assert response.status_code < 500
    assert "product_groups" in response.context["form"].errors


@pytest.mark.parametrize("month", [f"{HUGE}-01", "9999-12", "1-01", f"2026-{HUGE}"])
def test_a_calendar_month_out_of_range_shows_this_month(month):
    event()
    response = Client().get(f"/en/events/?view=calendar&month={month}")
    assert response.status_code == 200


def model_choice_fields():
    """(form, field) of every model choice field of the apps' own forms."""
    for module in ("members.forms", "practices.forms", "forum.forms", "events.forms"):
        for name, form in vars(importlib.import_module(module)).items():
            if isinstance(form, type) and issubclass(form, forms.BaseForm):
                for field_name, field in form.base_fields.items():
                    if isinstance(field, forms.ModelChoiceField):
                        yield f"{module}.{name}.{field_name}", field


def test_every_model_choice_field_refuses_an_id_too_big():
    fields = dict(model_choice_fields())
    assert "events.forms.InvitationForm.event" in fields
    unguarded = sorted(
        name
        for name, field in fields.items()
        if not isinstance(field, IdChoiceField | IdMultipleChoiceField)
    )
    assert not unguarded, "use kb_site.forms.IdChoiceField / IdMultipleChoiceField"
