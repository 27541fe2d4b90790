"""The Wagtail admin: a menu item to the invitations and newsletters (preview, test, send,
progress) for those who may send them, and the newsletter subscribers as a snippet list."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Subscriber
from .permissions import can_send_invitations


class MailingsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_send_invitations(request.user)


@hooks.register("register_admin_menu_item")
def mailings_menu_item():
    return MailingsMenuItem(
        _("Invitations and newsletters"),
        reverse_lazy("events:invitation_list"),
        icon_name="mail",
        order=260,
    )


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "group"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["email", "language", "confirmed_at", "unsubscribed_at", "undeliverable"]
    list_filter = ["language", "undeliverable"]
    search_fields = ["email"]


register_snippet(SubscriberViewSet)
