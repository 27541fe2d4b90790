"""The site-wide permission matrix (tests/security/matrix.py), walked for every role.

One world is built per test; every request runs in a savepoint that is rolled back, so a
change made by one case (a reply, a removed membership) is not seen by the next. Differences
are collected and reported together, one line per case.
"""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.security import world as w
from tests.security.matrix import ADMIN_PREFIXES, ROWS, WORDS
from tests.security.world import ROLES, build_world

pytestmark = pytest.mark.django_db

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
    if row.method == "GET":
        return client.get(path, follow=row.follow)
    data = row.data(world) if callable(row.data) else row.data
    return client.post(path, data, follow=row.follow)


def test_every_role_against_every_url():
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
