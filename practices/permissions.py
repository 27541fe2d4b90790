"""Who may do what in the knowledge base. Pages themselves follow Wagtail's page permissions
(editors write, moderators publish); this module answers the rest, for views and templates."""

from django.contrib.auth.models import AnonymousUser

from members.models import User
from members.permissions import is_member, is_moderator


def can_comment(user: User | AnonymousUser) -> bool:
    return is_member(user)


def can_moderate_comments(user: User | AnonymousUser) -> bool:
    return is_member(user) and (is_moderator(user) or user.is_staff)


def can_view_page(user: User | AnonymousUser, page) -> bool:
    """Whether the site shows `page` to `user`: published, in a site (it has an address) and
    let through by every view restriction on it and its ancestors, as Wagtail's serving does.
    A password restriction is passed per browser session, not per user: it counts as closed."""
    from wagtail.models import BaseViewRestriction

    if not page.live or page.get_url() is None:
        return False
    for restriction in page.get_view_restrictions():
        if not is_member(user):
            return False
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.GROUPS and not (
            user.is_superuser or user.groups.filter(pk__in=restriction.groups.all()).exists()
        ):
            return False
        if kind not in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS):
            return False
    return True
