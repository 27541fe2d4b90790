"""The "discuss in the forum" link of a case study, resource or other object.

practices and the forum are siblings (neither imports the other), so the forum registers a
function that turns an object into the URL of its discussion, and pages ask this module. Without
a registered provider there is no link, and pages say nothing about a forum.
"""

from collections.abc import Callable

_provider: Callable[[object], str | None] | None = None


def register_discussion_provider(provider: Callable[[object], str | None]) -> None:
    global _provider  # one provider, set once at start-up by the forum app
    _provider = provider


def discussion_url(obj) -> str | None:
    """The URL that opens (or starts) the thread about ``obj``, or None without a forum.

    Providers must not query the database: the link appears on pages with query budgets.
    """
    return _provider(obj) if _provider is not None else None
