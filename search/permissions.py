"""Which documents a reader may find. Every document carries an audience ("public",
"members" or "group:<working group id>"), set by the app that owns it from its own
permission rules; search filters on it in the query itself, so results, facet counts and
autocomplete never include (or count) what the reader may not read."""

from members.models import WorkingGroup, WorkingGroupMember
from members.permissions import is_member

from .registry import PUBLIC


def audiences_for(user) -> tuple[str, ...]:
    if not is_member(user):
        return (PUBLIC,)
    if user.is_staff:
        groups = WorkingGroup.objects.values_list("pk", flat=True)
    else:
        groups = WorkingGroupMember.objects.filter(user=user).values_list("group_id", flat=True)
    return (PUBLIC, "members", *(f"group:{pk}" for pk in groups))
