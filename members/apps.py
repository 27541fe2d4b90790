from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")


class MembersWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, showing display name and preferred language too."""

    user_viewset = "members.admin_users.UserViewSet"
