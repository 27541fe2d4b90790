"""The posts of a thread page, each kept rendered in the cache under everything it shows.

Rendering 20 posts took about half of a member's thread page. A post's HTML is a function of
the values in ITEM_FIELDS (decorated by forum/views.py _decorate_posts: its text, author,
badges, reaction counts with the reader's own "mine" marks, and the links this reader may
use), the URL it sits on, the language and the time zone; the key holds all of them, so two
readers share a post's HTML only when it would come out the same for both (the members who
may react and flag, for the posts they did not write or react to), and an edit, a reaction or
a new name makes a new key: nothing waits for an invalidation. The reader's CSRF token is
never stored: the HTML is kept in pieces around the token's places.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils import timezone, translation

ITEMS_TEMPLATE = "forum/includes/post_items.html"
# Every post.X that forum/includes/post_items.html reads (tests/forum check the template).
ITEM_FIELDS = (
    "pk",
    "css",
    "author_name",
    "by_support_unit",
    "handle",
    "url",
    "created",
    "edited",
    "first_unread",
    "held",
    "hidden",
    "deleted_by_author",
    "accepted",
    "open_flags",
    "quote_visible",
    "quoted_url",
    "body_html",
    "visible",
    "can_react",
    "react_url",
    "has_links",
    "quote_url",
    "edit_url",
    "delete_url",
    "flag_url",
    "history_url",
    "suspend_url",
    "accept_url",
    "moderate_url",
)


def _key(post, here: str, where: str) -> str:
    quoted = post.quoted.author.get_full_name() if post.quote_visible and post.quoted.author else ""
    values = (
        *(getattr(post, name) for name in ITEM_FIELDS),
        quoted,
        tuple(tuple(reaction.values()) for reaction in post.reaction_summary),
        here,
    )
    digest = hashlib.md5(repr(values).encode(), usedforsecurity=False).hexdigest()
    return f"forum-post:{where}:{digest}"


def _render(posts: list, here: str) -> list[tuple[str, ...]]:
    """The posts' HTML, each as the pieces around its CSRF token's places."""
    csrf_slot, item_sep = secrets.token_hex(16), secrets.token_hex(16)  # nobody can type them
    html = get_template(ITEMS_TEMPLATE).render(
        {"posts": posts, "here": here, "csrf_slot": csrf_slot, "item_sep": item_sep}
    )
    return [tuple(item.split(csrf_slot)) for item in html.split(item_sep)]


def post_items(request, posts, *, shared: bool = False) -> str:
    """The posts' <li> elements for this reader; ``shared``: the caller keeps the result for
    other readers too (a visitors' fragment), so it must hold no form."""
    posts = list(posts)
    if not posts:
        return ""
    here = request.get_full_path()
    if not settings.FRAGMENT_CACHE_SECONDS:
        items = _render(posts, here)
    else:
        where = f"{translation.get_language()}:{timezone.get_current_timezone_name()}"
        keys = [_key(post, here, where) for post in posts]
        found = cache.get_many(keys)
        missing = [(key, post) for key, post in zip(keys, posts, strict=True) if key not in found]
        if missing:
            rendered = _render([post for _key, post in missing], here)
            fresh = {key: item for (key, _post), item in zip(missing, rendered, strict=True)}
            cache.set_many(fresh, settings.FRAGMENT_CACHE_SECONDS)
            found.update(fresh)
        items = [found[key] for key in keys]
    if any(len(pieces) > 1 for pieces in items):
        if shared:
            raise ValueError("a form with a CSRF token in HTML shared between readers")
        token = get_token(request)
        return "".join(token.join(pieces) for pieces in items)
    return "".join(pieces[0] for pieces in items)
