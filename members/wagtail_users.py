from wagtail.users.apps import WagtailUsersAppConfig


class MembersWagtailUsersConfig(WagtailUsersAppConfig):
    """wagtail.users with our user forms (members/admin_users.py); INSTALLED_APPS names this."""

    user_viewset = "members.admin_users.UserViewSet"
