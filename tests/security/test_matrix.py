"""The site-wide permission matrix (tests/security/matrix.py), walked for every role.

One world is built per test; every request runs in a savepoint that is rolled back, so a
change made by one case (a reply, a removed membership) is not seen by the next. Differences
are collected and reported together, one line per case.
"""

from datetime import timedelta

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from events import delivery
from events import services as event_services
from events.models import EventInvitation, NewsletterIssue
from forum import services as forum_services
from forum.models import Preference, Subscription
from members import meetings
from members.models import Notification
from practices.comments import page_follow
from tests.security import world as w
from tests.security.matrix import ADMIN_PREFIXES, ROWS, WORDS
from tests.security.world import ROLES, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _database_search(settings):
    # The world is indexed on the database engine even under `make test-services`, which sets
    # ELASTICSEARCH_URL: the matrix must not rebuild the shared index (tests/search checks
    # private words on both engines, each in an index of its own).
    settings.ELASTICSEARCH_URL = ""


# Words no page of the site shows to anybody: the positive check below skips them.
SHOWN_NOWHERE = {w.PRIVATE_BIO, w.DRAFT_NEWS}


def response_text(response) -> str:
    """What a reader gets: the body (streamed files too) and where a redirect sends them."""
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8", "replace")
    return f"{content}\n{response.get('Location', '')}".lower()


def logged_in_clients(world) -> dict[str, Client]:
    clients = {}
    for role in ROLES:
        client = Client()
        user = world.users[role]
        if user.is_authenticated:
            client.force_login(user)
        clients[role] = client
    return clients


def request(client: Client, row, world):
    path = row.url(world)
    headers = (row.headers(world) if callable(row.headers) else row.headers) or {}
    if row.method == "GET":
        return client.get(path, follow=row.follow, headers=headers)
    data = row.data(world) if callable(row.data) else row.data
    return client.post(path, data, follow=row.follow, headers=headers)


@pytest.mark.parametrize("caching", ["rendered", "cached"])
def test_every_role_against_every_url(caching, settings):
    # "cached": whole pages for visitors, routes, fragments and shared posts kept in the cache
    # as in production (tests otherwise turn them off), so that anything rendered for one role
    # and served to another shows here as a difference.
    if caching == "cached":
        from django.core.cache import cache

        settings.PAGE_CACHE_SECONDS = 60
        settings.FRAGMENT_CACHE_SECONDS = 300
        cache.clear()
    world = build_world()
    clients = logged_in_clients(world)
    failures, seen = [], set()
    for row in ROWS:
        for role in ROLES:
            client = clients[role]
            with transaction.atomic():
                try:
                    response = request(client, row, world)
                except Exception as error:  # reported with the others
                    failures.append(f"{row.label} / {role}: raised {error!r}")
                    transaction.set_rollback(True)
                    continue
                text = response_text(response)
                transaction.set_rollback(True)
            client.cookies.pop("messages", None)  # a message belongs to the case that made it
            expected = row.expected[role]
            if response.status_code != expected:
                failures.append(
                    f"{row.label} / {role}: expected {expected}, got {response.status_code}"
                )
            shown = {word for word in WORDS if word.lower() in text}
            seen |= shown
            leaked = sorted(word for word in shown if not row.may_read(role, word))
            if leaked:
                failures.append(
                    f"{row.label} / {role} ({response.status_code}): shows {', '.join(leaked)}"
                )
            kept = sorted(w for w, roles in row.shows.items() if role in roles and w not in shown)
            if kept:
                failures.append(f"{row.label} / {role}: does not show {', '.join(kept)}")
    unseen = set(WORDS) - seen - SHOWN_NOWHERE
    if unseen:
        failures.append(f"never shown, even to its readers (is the world right?): {sorted(unseen)}")
    assert not failures, f"{len(failures)} differences:\n" + "\n".join(failures)


def url_patterns(resolver=None, prefix="", namespace=""):
    """(route, name) of every URL pattern, through includes, namespaces and language prefixes."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from url_patterns(pattern, route, inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield route, name


def test_every_url_pattern_has_a_row():
    named = {row.name for row in ROWS}
    missing = sorted(
        f"{name or '(no name)'}  {route}"
        for route, name in url_patterns()
        if name not in named and not route.startswith(ADMIN_PREFIXES)
    )
    assert not missing, "URL patterns without a row in tests/security/matrix.py:\n" + "\n".join(
        missing
    )


def test_every_row_names_a_url_pattern():
    known = {name for _route, name in url_patterns()}
    assert not {row.name for row in ROWS} - known


def test_every_row_has_an_answer_for_every_role():
    incomplete = [row.label for row in ROWS if set(row.expected) != set(ROLES)]
    assert not incomplete


def mail_text(message) -> str:
    html = "".join(content for content, _type in getattr(message, "alternatives", []))
    return f"{message.subject}\n{message.body}\n{html}"


def test_notifications_and_emails_reach_only_readers(
    mailoutbox, django_capture_on_commit_callbacks
):
    """Actions that tell people (mentions, follows, moderation, meetings, invitations, comments)
    must not carry a private word to anyone who may not read it, in the site or by e-mail."""
    world = build_world()
    users = world.users
    insider, moderator = users["working-group member"], users["moderator"]
    outsiders = [users[r] for r in ("member", "non-member of the group", "organisation admin")]
    # Follows made while these members could still read (they left the group since, say).
    Subscription.objects.create(user=outsiders[0], category=world.private)
    Subscription.objects.create(user=outsiders[1], thread=world.private_thread)
    Subscription.objects.create(user=outsiders[2], tag="led")
    forum_services.preference_update(user=outsiders[1], email=Preference.Email.DAILY)
    with pytest.raises(forum_services.ForumError):  # and no new follow is allowed
        forum_services.subscription_toggle(user=outsiders[0], thread=world.private_thread)
    handles = " ".join(
        f"@{forum_services.preference_for(user=user).handle}"
        for user in users.values()
        if user.is_authenticated and user.is_active
    )
    webinar_invitation = EventInvitation.objects.create(event=world.webinar, to_subscribers=True)
    table_invitation = EventInvitation.objects.create(
        event=world.round_table, to_subscribers=True, working_group=world.group
    )
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.post_create(
            thread=world.private_thread,
            author=insider,
            body=f"{w.PRIVATE_POST} {handles}",
            hold_check=False,
        )
        thread = forum_services.thread_create(
            category=world.private, author=insider, title=f"{w.PRIVATE_THREAD} second",
            body=f"{w.PRIVATE_POST} {handles}", tags=["led"], hold_check=False,
        )  # fmt: skip
        forum_services.post_hide(post=world.private_post, moderator=moderator, reason="dup")
        forum_services.thread_moderate(thread=thread, moderator=moderator, action="lock")
        forum_services.digest_send()
        meetings.meeting_request(
            requester=users["member"], supplier=world.supplier, topic=f"{w.MEETING} chairs",
            product_group=world.offer.product_group,
            proposed_times=[timezone.now() + timedelta(days=4)],
        )  # fmt: skip
        page_follow(user=users["member"], page=world.case_study)
        XtdComment.objects.create(content_object=world.case_study, site_id=1,
                                  user=users["editor"], comment=f"{w.HELD_COMMENT} again",
                                  is_public=False)  # fmt: skip
        for invitation in (webinar_invitation, table_invitation):
            delivery.mailing_test_send(mailing=invitation, user=users["editor"])
            delivery.mailing_start(mailing=invitation)
        issue = NewsletterIssue.objects.create(subject="December")
        issue.news.add(world.news, world.restricted_news, world.draft_news)
        delivery.mailing_test_send(mailing=issue, user=users["editor"])
        delivery.mailing_start(mailing=issue)
        event_services.registration_create(event=world.webinar, email="zzz-guest2@example.eu",
                                           name="Second guest")  # fmt: skip

    role_of = {user.email: role for role, user in users.items() if user.is_authenticated}
    role_of |= world.reads_as
    received = [  # (role, address, what they got)
        (role_of.get(n.user.email, "member"), n.user.email, f"{n.text} {n.url}")
        for n in Notification.objects.select_related("user")
    ] + [
        (
            role_of.get(to, "anonymous"),
            to,
            f"{m.subject}\n{m.body}\n{getattr(m, 'alternatives', '')}",
        )
        for m in mailoutbox
        for to in m.to
    ]
    leaks = []
    for role, address, text in received:
        text = text.lower()
        for word, readers in WORDS.items():
            own = word.lower() in address.lower()  # a person's own address or name
            if word.lower() in text and role not in readers and not own:
                leaks.append(f"{address} ({role}) got {word}: {text[:200]!r}")
    assert not leaks, "\n".join(leaks)

    def got(role, word):
        return any(r == role and word.lower() in t.lower() for r, _a, t in received)

    # The test sees what it should: the readers were told.
    assert got("working-group member", w.PRIVATE_THREAD)  # mentioned, and the author told
    assert got("moderator", w.PRIVATE_THREAD)  # mentioned; moderators read the group's room
    assert got("organisation admin", w.MEETING)  # the supplier's admin hears of the request
    assert got("anonymous", "round table")  # subscribers were invited
    assert any("Desks news" in t for _r, _a, t in received)  # the newsletter went out
    assert not any(address == users["member"].email and "comment" in text.lower()
                   for _r, address, text in received)  # fmt: skip
