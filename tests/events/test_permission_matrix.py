"""Every events view against every role. The pages themselves (Wagtail) are at the end.

A URL added to events/urls.py without a row here fails `test_every_url_is_in_the_matrix`.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events import services, tokens
from events.models import EventInvitation, NewsletterIssue, Subscriber
from events.urls import urlpatterns
from members.models import WorkingGroupMember
from tests.events.factories import event, news
from tests.members.factories import OrganisationFactory, WorkingGroupFactory
from tests.members.roles import users_by_role

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "member",
    "working-group member",
    "organisation admin",
    "admin of another organisation",
    "support-unit staff",
    "moderator",
    "editor",
    "staff",
    "deactivated staff",  # a suspended account is treated as logged out
]


def everyone(code):
    return dict.fromkeys(ROLES, code)


def members_only(code, anonymous=302):
    return {**everyone(code), "anonymous": anonymous, "deactivated staff": anonymous}


ORGANISERS = {**members_only(403), "organisation admin": 200, "editor": 200, "staff": 200}
EDITORS = {**members_only(403), "editor": 200, "staff": 200}

MATRIX = {
    # name: (method, expected status by role)
    "event_index": ("GET", everyone(302)),
    "news_index": ("GET", everyone(302)),
    "news_rss": ("GET", everyone(200)),
    "news_atom": ("GET", everyone(200)),
    "calendar": ("GET", everyone(200)),
    "working_group_calendar": ("GET", everyone(200)),
    "event_ics": ("GET", everyone(200)),
    # Members register (and are sent back to the page); for this public webinar a visitor
    # without an account gets the guest form back with its errors (nothing was filled in).
    "register": ("POST", members_only(302, anonymous=400)),
    "cancel": ("POST", members_only(404)),  # nobody here has a place to cancel
    "participants": ("GET", ORGANISERS),
    "participants_csv": ("GET", ORGANISERS),
    # Signed links from e-mails: the token is the credential, whoever follows it.
    "registration_confirm": ("GET", everyone(200)),
    "registration_cancel_link": ("GET", everyone(200)),
    "newsletter_signup": ("GET", everyone(200)),
    "newsletter_confirm": ("GET", everyone(200)),
    "newsletter_preferences": ("GET", everyone(200)),
    "unsubscribe": ("GET", everyone(200)),
    "invitation_list": ("GET", EDITORS),
    "invitation_create": ("GET", EDITORS),
    "invitation_detail": ("GET", EDITORS),
    "issue_create": ("GET", EDITORS),
    "issue_detail": ("GET", EDITORS),
    "supplier_day_create": ("GET", {**members_only(403), "support-unit staff": 200}),
}


def test_every_url_is_in_the_matrix():
    assert {pattern.name for pattern in urlpatterns} == set(MATRIX)


@pytest.fixture
def world():
    organiser = OrganisationFactory()
    users = users_by_role(organiser)
    group = WorkingGroupFactory(slug="latgale")
    WorkingGroupMember.objects.create(group=group, user=users["working-group member"])
    round_table = event(
        1, kind="round_table", working_group=group, organisers=[organiser],
        when=timezone.now() - timedelta(days=3), minutes="<p>Secret minutes</p>",
    )  # fmt: skip
    webinar = event(2, open_to_public=True, organisers=[organiser])
    guest = services.registration_create(
        event=webinar, email="guest@example.eu", name="Guest"
    ).registration
    Subscriber.objects.create(email="s@example.eu", confirmed_at=timezone.now())
    invitation = EventInvitation.objects.create(event=webinar, to_subscribers=True)
    item = news(1)
    issue = NewsletterIssue.objects.create(subject="November")
    issue.news.add(item)
    return {"issue": issue, "users": users, "round_table": round_table, "webinar": webinar,
            "guest": guest, "invitation": invitation, "news": item}  # fmt: skip


def request_for(name, world):
    webinar = world["webinar"]
    kwargs = {
        "working_group_calendar": {"slug": "latgale"},
        "event_ics": {"event_id": webinar.pk},
        "register": {"event_id": webinar.pk},
        "cancel": {"event_id": webinar.pk},
        "participants": {"event_id": webinar.pk},
        "participants_csv": {"event_id": webinar.pk},
        "invitation_detail": {"pk": world["invitation"].pk},
        "issue_detail": {"pk": world["issue"].pk},
    }.get(name, {})
    token_urls = {
        "registration_confirm": tokens.registration_confirm_url(world["guest"]),
        "registration_cancel_link": tokens.registration_cancel_url(world["guest"]),
        "newsletter_confirm": tokens.newsletter_confirm_url("s@example.eu", "en"),
        "newsletter_preferences": tokens.preferences_url("s@example.eu", "en"),
        "unsubscribe": tokens.unsubscribe_url("s@example.eu", "en"),
    }
    if name in token_urls:
        return token_urls[name].removeprefix("http://testserver")
    return reverse(f"events:{name}", kwargs=kwargs)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", MATRIX)
def test_role_against_view(client, world, name, role):
    method, expected = MATRIX[name]
    url = request_for(name, world)
    user = world["users"][role]
    if user.is_authenticated:
        client.force_login(user)
    send = client.get if method == "GET" else client.post
    response = send(url)
    assert response.status_code == expected[role], f"{role} {method} {url}"


MINUTES_READERS = {"working-group member", "editor", "staff"}


@pytest.mark.parametrize("role", ROLES)
def test_pages_are_public_and_round_table_minutes_are_for_the_group(client, world, role):
    user = world["users"][role]
    if user.is_authenticated:
        client.force_login(user)
    for page in ("/en/events/", "/en/news/", world["webinar"].url, world["news"].url):
        assert client.get(page).status_code == 200, page
    html = client.get(world["round_table"].url).content.decode()
    assert ("Secret minutes" in html) == (role in MINUTES_READERS), role
