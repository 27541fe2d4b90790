"""A support unit's strategy: goals, planned actions with their status, services, contact."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from kb_site.models import PAGE_TRANSLATABLE_FIELDS

RICH = ["bold", "italic", "link", "ul", "ol"]


class StrategyIndexPage(Page):
    """The support units' strategies."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["kb_site.HomePage"]
    subpage_types = ["practices.StrategyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strategy index")

    def get_context(self, request, *args, **kwargs):
        from practices.selectors import strategy_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(strategy_index_context(request=request))
        return context


class StrategyPage(Page):
    """What a GPP support unit means to do over a period, and how far it has got."""

    support_unit = models.ForeignKey(
        "members.SupportUnit",
        on_delete=models.PROTECT,
        related_name="strategies",
        verbose_name=_("support unit"),
    )
    summary = models.TextField(_("summary"), max_length=600)
    period_start = models.PositiveSmallIntegerField(
        _("from (year)"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    period_end = models.PositiveSmallIntegerField(
        _("to (year)"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    goals = RichTextField(_("goals"), features=RICH)
    services = RichTextField(_("services offered"), blank=True, features=RICH)
    product_groups = ParentalManyToManyField(
        "kb_site.ProductGroup",
        blank=True,
        related_name="strategies",
        verbose_name=_("product groups it focuses on"),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("support_unit"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldPanel("goals"),
        InlinePanel("actions", label=_("Planned actions")),
        FieldPanel("services"),
        FieldPanel("product_groups"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
    ]
    # The actions are translated too (their titles and descriptions, see StrategyAction); the
    # contact person's name is a name, not prose.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *(TranslatableField(name) for name in ("summary", "goals", "services", "actions")),
        *(
            SynchronizedField(name)
            for name in (
                "support_unit", "period_start", "period_end", "product_groups", "contact_name",
                "contact_email",
            )
        ),
    ]  # fmt: skip
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("goals"),
        index.SearchField("services"),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "support_unit", "summary", "period_start", "period_end", "goals", "services",
            "product_groups", "contact_name", "contact_email", "actions",
        )
    ]  # fmt: skip
    parent_page_types = ["practices.StrategyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": _("The period cannot end before it starts.")},
            )

    def get_context(self, request, *args, **kwargs):
        from practices.selectors import strategy_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(strategy_detail_context(page=self))
        return context


class StrategyAction(TranslatableMixin, Orderable):
    """One planned action of a strategy, with where it stands.

    Translatable (a locale and a translation key of its own) because wagtail-localize only
    extracts the text of inline objects that are: a Latvian strategy has Latvian actions."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    page = ParentalKey(StrategyPage, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("action"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("target_date")]),
    ]
    api_fields = [APIField("title"), APIField("status"), APIField("target_date")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("status"),
        SynchronizedField("target_date"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("planned action")
        verbose_name_plural = _("planned actions")
