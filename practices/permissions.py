"""Who may do what in the knowledge base. Pages themselves follow Wagtail's page permissions
(editors write, moderators publish); this module answers the rest, for views and templates."""

from django.contrib.auth.models import AnonymousUser

from members.models import User
from members.permissions import is_member, is_moderator


def can_comment(user: User | AnonymousUser) -> bool:
    return is_member(user)


def can_moderate_comments(user: User | AnonymousUser) -> bool:
    return is_member(user) and (is_moderator(user) or user.is_staff)
