"""Resources: tender templates, criteria sheets, guides, trainings and position papers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from kb_site.blocks import BaseStreamBlock
from kb_site.models import PAGE_TRANSLATABLE_FIELDS
from kb_site.taxonomy import COUNTRIES, CountryField

# The languages a resource is written in (not the page's language: a Latvian page may
# describe an English guide).
RESOURCE_LANGUAGES = [
    ("en", _("English")),
    ("lv", _("Latvian")),
    ("lt", _("Lithuanian")),
    ("et", _("Estonian")),
    ("de", _("German")),
    ("fr", _("French")),
    ("pl", _("Polish")),
    ("multi", _("Several languages")),
]


class ResourceIndexPage(Page):
    """All resources, with filters that are plain links."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["kb_site.HomePage"]
    subpage_types = ["practices.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource index")

    def get_context(self, request, *args, **kwargs):
        from practices.selectors import resource_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_index_context(request=request))
        return context


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourcePage(Page):
    """A document people reuse in their own tenders, with what it is for."""

    class Kind(models.TextChoices):
        TENDER_TEMPLATE = "template", _("Tender template")
        CRITERIA_SHEET = "criteria", _("Criteria sheet")
        GUIDE = "guide", _("Guide")
        TRAINING = "training", _("Training material")
        POSITION_PAPER = "position", _("Position paper")

    summary = models.TextField(_("summary"), max_length=600)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices)
    resource_language = models.CharField(
        _("language of the resource"), max_length=5, choices=RESOURCE_LANGUAGES, default="en"
    )
    country = CountryField(
        _("country"),
        max_length=2,
        choices=COUNTRIES,
        blank=True,
        help_text=_("Leave empty for resources that apply across the EU."),
    )
    year = models.PositiveSmallIntegerField(_("year published"), null=True, blank=True)
    product_groups = ParentalManyToManyField(
        "kb_site.ProductGroup",
        blank=True,
        related_name="resources",
        verbose_name=_("product groups"),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    tags = ClusterTaggableManager(through=ResourceTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("resource_language")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("year")]),
        FieldPanel("product_groups"),
        InlinePanel("documents", label=_("Documents"), min_num=1),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    # resource_language is what the attached documents are written in, whatever the page's.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        *(
            SynchronizedField(name)
            for name in (
                "kind", "resource_language", "country", "year", "product_groups", "documents",
                "tagged_items",
            )
        ),
    ]  # fmt: skip
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("resource_language"),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "summary", "kind", "resource_language", "country", "year", "product_groups", "tags",
        )
    ]  # fmt: skip
    parent_page_types = ["practices.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def get_context(self, request, *args, **kwargs):
        from practices.selectors import resource_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_detail_context(page=self))
        return context


class ResourceDocument(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]
