import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from forum import permissions, post_cache, selectors

register = template.Library()

# Left by forum/includes/thread_list.html (marks_later) where a row's unread marks go; only
# the template itself writes "<" (text from members is escaped), so no one can fake one.
_MARK = re.compile(r"<!--unread-(class|badge):(\d+)(?::(\d+))?-->")


@register.simple_tag(takes_context=True)
def forum_can_moderate(context) -> bool:
    return permissions.can_moderate(context["request"].user)


class UnreadMarksNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        last_posts = {int(pk): int(last) for kind, pk, last in _MARK.findall(html) if last}
        marks = selectors.unread_marks(user=context["request"].user, last_posts=last_posts)
        badges = {
            "new": format_html('<span class="badge badge--good">{}</span>', gettext("New")),
            "unread": format_html('<span class="badge badge--good">{}</span>', gettext("Unread")),
        }

        def mark(match) -> str:
            kind = marks.get(int(match[2]))
            if match[1] == "class":
                return "thread--unread" if kind else ""
            return badges[kind] if kind else ""

        return mark_safe(_MARK.sub(mark, html))  # noqa: S308 (rendered template output)


@register.tag
def unread_marks(parser, token):
    """``{% unread_marks %}…{% endunread_marks %}``: the reader's unread marks in a thread list
    that may come from a fragment shared by an audience (one query for a member, none for a
    visitor)."""
    nodelist = parser.parse(("endunread_marks",))
    parser.delete_first_token()
    return UnreadMarksNode(nodelist)


@register.simple_tag(takes_context=True)
def post_items(context, posts):
    """A thread page's posts, each from the cache when it would look the same (post_cache)."""
    return mark_safe(  # noqa: S308 (rendered template output)
        post_cache.post_items(context["request"], posts, shared=bool(context.get("shared_posts")))
    )
