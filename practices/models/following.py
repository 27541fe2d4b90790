from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageFollower(models.Model):
    """A member who wants an e-mail when someone comments on a knowledge-base page.

    Commenting follows the page; the page's button and every e-mail's unsubscribe link unfollow.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_pages"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("page follower")
        verbose_name_plural = _("page followers")
        constraints = [
            models.UniqueConstraint(fields=["page", "user"], name="unique_page_follower")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.page_id}"
