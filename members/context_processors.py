from kb_site.fragments import cached

from .permissions import can_open_admin
from .selectors import unread_notification_count


def notifications(request):
    """What the header shows a member: the unread count (kept under the generation: a new or
    read notification is a write) and whether to link the admin; nothing for visitors."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "unread_notifications": cached(
            "unread-notifications", user.pk, lambda: unread_notification_count(user=user)
        ),
        "can_open_admin": lambda: can_open_admin(user),  # templates call it when they ask
    }
