from .selectors import unread_notification_count


def notifications(request):
    """The unread count in the header; one query, for members only."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": unread_notification_count(user=user)}
