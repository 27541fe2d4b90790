"""The shared base model and the home page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


def home_sections() -> list[dict]:
    """The site's areas as the home page lists them; a section without a URL is not built yet."""
    return [
        {
            "title": _("Good practices"),
            "text": _(
                "Case studies of green tenders that worked, and some that did not: criteria, "
                "costs, results and CO2 avoided."
            ),
            "url": None,
        },
        {
            "title": _("Forum and helpdesk"),
            "text": _("Ask other buyers and the GPP support units, and discuss across sectors."),
            "url": None,
        },
        {
            "title": _("Organisations and working groups"),
            "text": _(
                "Energy agencies, planning regions, municipalities and the regional GPP "
                "working groups that meet at round tables."
            ),
            "url": None,
        },
        {
            "title": _("Supplier catalogue"),
            "text": _("Suppliers whose offers meet GPP criteria, by product group and region."),
            "url": None,
        },
        {
            "title": _("Events and webinars"),
            "text": _(
                "Round tables, international webinars and trainings, with e-mail invitations."
            ),
            "url": None,
        },
        {
            "title": _("Search"),
            "text": _("One search over everything, in English and Latvian."),
            "url": None,
        },
    ]


class TimeStampedModel(models.Model):
    """Every domain record says when it was made and last changed."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class HomePage(Page):
    """The site's front door: what GPP Commons is and where to go next."""

    lead = models.CharField(
        _("lead"),
        max_length=300,
        help_text=_("One sentence under the title that says what the site is for."),
    )
    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("A short explanation for newcomers."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections()
        return context

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
