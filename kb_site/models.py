"""The shared base model and the home page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .sections import home_sections

# What wagtail-localize does with Page's own fields on every page type: the reader's words
# (title, slug, SEO text) are translated, the menu flag follows the source. Each page type
# lists its own fields after these; anything not listed is neither extracted nor copied.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
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
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("lead"),
        TranslatableField("intro"),
    ]

    # Children are pinned by their own parent_page_types (kb_site may not name later apps).
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections()
        return context

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


from .taxonomy import Criterion, ProductGroup  # noqa: E402,F401 - models Django must find here
