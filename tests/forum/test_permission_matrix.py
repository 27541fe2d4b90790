"""Every forum URL against every role. A URL added to forum/urls.py without a row here fails
`test_every_url_is_in_the_matrix`; private rows check that a working-group thread answers 404
to everybody outside the group (moderators and staff read everything to handle flags)."""

import pytest
from django.urls import reverse

from forum.services import unsubscribe_token
from forum.urls import urlpatterns
from tests.forum.world import ROLES, build_world

pytestmark = pytest.mark.django_db

READERS_OF_PRIVATE = {"working-group member", "moderator", "staff"}
MODERATORS = {"moderator", "staff"}


def everyone(code):
    return dict.fromkeys(ROLES, code)


def members(code, anonymous=302, **other):
    return {**everyone(code), "anonymous": anonymous, **other}


def private(code, anonymous=404):
    """Readers of the group get `code`, everyone else 404 (anonymous as given)."""
    return {
        role: code if role in READERS_OF_PRIVATE else (anonymous if role == "anonymous" else 404)
        for role in ROLES
    }


def moderators(code, others=403):
    return {r: code if r in MODERATORS else (302 if r == "anonymous" else others) for r in ROLES}


# (url name, target, method, data, expected by role)
ROWS = [
    ("index", None, "GET", None, everyone(200)),
    ("unread", None, "GET", None, members(200)),
    ("helpdesk", None, "GET", None, everyone(200)),
    ("category", "public", "GET", None, everyone(200)),
    ("category", "private", "GET", None, private(200)),
    ("category", "helpdesk", "GET", None, everyone(200)),
    ("thread_create", "public", "GET", None, members(200, **{"suspended member": 403})),
    ("thread_create", "private", "GET", None, private(200, anonymous=302)),
    ("category_rss", "public", "GET", None, everyone(200)),
    ("category_rss", "private", "GET", None, everyone(404)),
    ("category_atom", "public", "GET", None, everyone(200)),
    ("category_atom", "private", "GET", None, everyone(404)),
    ("tag", "led", "GET", None, everyone(200)),
    ("thread", "public", "GET", None, everyone(200)),
    ("thread", "private", "GET", None, private(200)),
    ("thread_short", "public", "GET", None, everyone(200)),
    ("thread_short", "private", "GET", None, private(200)),
    # A valid reply redirects to its permalink; the suspended member's form comes back (400).
    (
        "post_reply",
        "public",
        "POST",
        {"body": "Agreed."},
        members(302, **{"suspended member": 400}),
    ),
    ("post_reply", "private", "POST", {"body": "Agreed."}, private(302, anonymous=302)),
    ("post_reply", "public", "POST", {"body": ""}, members(400)),
    ("thread_moderate", "public", "GET", None, moderators(200)),
    ("thread_moderate", "private", "GET", None, moderators(200)),
    ("thread_rss", "public", "GET", None, everyone(200)),
    ("thread_rss", "private", "GET", None, everyone(404)),
    ("thread_atom", "public", "GET", None, everyone(200)),
    ("thread_atom", "private", "GET", None, everyone(404)),
    ("post", "public", "GET", None, everyone(302)),
    ("post", "private", "GET", None, private(302)),
    ("post", "held", "GET", None, {**everyone(404), "moderator": 302, "staff": 302}),
    ("post_edit", "public", "GET", None, moderators(200)),
    (
        "post_edit",
        "private",
        "GET",
        None,
        {**private(403, anonymous=302), "moderator": 200, "staff": 200},
    ),
    ("post_delete", "public", "GET", None, moderators(200)),
    ("post_history", "public", "GET", None, moderators(200)),
    (
        "post_history",
        "private",
        "GET",
        None,
        {**private(403, anonymous=302), "moderator": 200, "staff": 200},
    ),
    ("post_flag", "public", "GET", None, members(200, **{"suspended member": 403})),
    ("post_flag", "private", "GET", None, private(200, anonymous=302)),
    ("post_react", "public", "POST", {"kind": "like"}, members(302)),
    ("post_react", "private", "POST", {"kind": "like"}, private(302, anonymous=302)),
    (
        "post_accept",
        "answer",
        "POST",
        None,
        {**moderators(302), "support-unit staff": 302},
    ),
    ("post_moderate", "public", "POST", {"action": "dismiss"}, moderators(302)),
    ("subscribe", "public", "POST", None, members(302)),
    ("subscribe", "private", "POST", None, private(302, anonymous=302)),
    ("discuss", "organisation", "GET", None, everyone(302)),
    ("moderation_queue", None, "GET", None, moderators(200)),
    ("moderation_log", None, "GET", None, moderators(200)),
    ("user_suspend", None, "GET", None, moderators(200)),
    ("preferences", None, "GET", None, members(200)),
    ("unsubscribe", None, "GET", None, everyone(200)),
]


def test_every_url_is_in_the_matrix():
    assert {pattern.name for pattern in urlpatterns} == {row[0] for row in ROWS}


def request_for(name, target, data, world):
    threads = {"public": world.public_thread, "private": world.private_thread}
    posts = {
        "public": world.public_post,
        "private": world.private_post,
        "held": world.held_post,
        "answer": world.answer,
    }
    categories = {"public": world.public, "private": world.private, "helpdesk": world.helpdesk}
    kwargs = {}
    if name in ("category", "thread_create", "category_rss", "category_atom"):
        kwargs = {"slug": categories[target].slug}
    elif name == "tag":
        kwargs = {"slug": target}
    elif name == "thread":
        kwargs = {"pk": threads[target].pk, "slug": threads[target].slug}
    elif name in ("thread_short", "post_reply", "thread_moderate", "thread_rss", "thread_atom"):
        kwargs = {"pk": threads[target].pk}
    elif name.startswith("post"):
        kwargs = {"pk": posts[target].pk}
    elif name == "subscribe":
        data = {"thread": threads[target].pk}
    elif name == "discuss":
        kwargs = {"kind": "organisation", "pk": world.organisation.pk}
    elif name == "user_suspend":
        kwargs = {"user_id": world.public_post.author_id}
    elif name == "unsubscribe":
        kwargs = {"token": unsubscribe_token(user=world.users["member"])}
    return reverse(f"forum:{name}", kwargs=kwargs), data or {}


@pytest.mark.parametrize(
    ("name", "target", "method", "data", "expected"),
    ROWS,
    ids=[
        f"{row[0]}-{row[1]}-{row[2]}" + ("-empty" if row[3] == {"body": ""} else "") for row in ROWS
    ],
)
def test_every_role_against_the_view(client, name, target, method, data, expected):
    world = build_world()
    failures = []
    for role in ROLES:
        user = world.users[role]
        client.logout()
        if user.is_authenticated:
            client.force_login(user)
        url, payload = request_for(name, target, data, world)
        response = client.get(url) if method == "GET" else client.post(url, payload)
        if response.status_code != expected[role]:
            failures.append(f"{role}: {response.status_code} (expected {expected[role]})")
    assert not failures, f"{method} {url}\n" + "\n".join(failures)
