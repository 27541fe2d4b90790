"""Case studies of green tenders, good and bad, with what they achieved."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from kb_site.blocks import BaseStreamBlock
from kb_site.models import PAGE_TRANSLATABLE_FIELDS
from kb_site.taxonomy import COUNTRIES, CountryField


def validate_not_future_year(year: int) -> None:
    if year > timezone.localdate().year:
        raise ValidationError(
            _("%(year)s is in the future: give the year the contract was signed."),
            params={"year": year},
        )


class CaseStudyIndexPage(Page):
    """All case studies, with filters that are plain links."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["kb_site.HomePage"]
    subpage_types = ["practices.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case study index")

    def get_context(self, request, *args, **kwargs):
        from kb_site.fragments import lazy
        from practices.selectors import case_study_index_context, listing_query

        context = super().get_context(request, *args, **kwargs)
        # The list is the same for every reader (public pages only): a cached fragment keyed
        # by the query string, so a hit runs none of its queries.
        context["listing"] = lazy(lambda: case_study_index_context(request=request))
        context["query"] = listing_query(request.GET)
        return context


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyPage(Page):
    """One real procurement: what was bought, how, with which criteria, and what it achieved."""

    class Kind(models.TextChoices):
        GOOD = "good", _("Good practice")
        BAD = "bad", _("Bad practice")

    class Procedure(models.TextChoices):
        OPEN = "open", _("Open procedure")
        RESTRICTED = "restricted", _("Restricted procedure")
        NEGOTIATED = "negotiated", _("Negotiated procedure")
        COMPETITIVE_DIALOGUE = "dialogue", _("Competitive dialogue")
        INNOVATION_PARTNERSHIP = "innovation", _("Innovation partnership")
        FRAMEWORK = "framework", _("Framework agreement")
        JOINT = "joint", _("Joint procurement")
        BELOW_THRESHOLD = "below", _("Below EU thresholds")

    summary = models.TextField(_("summary"), max_length=600)
    kind = models.CharField(_("practice"), max_length=8, choices=Kind.choices, default=Kind.GOOD)
    procurer = models.ForeignKey(
        "members.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="case_studies",
        verbose_name=_("procurer"),
    )
    country = CountryField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=120, blank=True)
    product_groups = ParentalManyToManyField(
        "kb_site.ProductGroup", related_name="case_studies", verbose_name=_("product groups")
    )
    procedure = models.CharField(_("procedure"), max_length=12, choices=Procedure.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), validate_not_future_year]
    )
    contract_value = models.DecimalField(
        _("contract value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    criteria = ParentalManyToManyField(
        "kb_site.Criterion",
        blank=True,
        related_name="case_studies",
        verbose_name=_("criteria used"),
    )
    other_criteria = models.TextField(_("other criteria used"), blank=True)
    market_engagement = models.TextField(_("market engagement"), blank=True)
    results = RichTextField(_("results"), blank=True, features=["bold", "italic", "link", "ul"])
    co2_tonnes_per_year = models.DecimalField(
        _("tCO2e avoided per year"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    mwh_per_year = models.DecimalField(
        _("MWh saved per year"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    lcc_saving_eur = models.DecimalField(
        _("life-cycle cost saving (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    other_impact = models.CharField(_("other impact"), max_length=200, blank=True)
    impact_method = models.TextField(
        _("how the impact was estimated"),
        blank=True,
        help_text=_("Method, baseline and sources, so readers can judge the figures."),
    )
    lessons_learned = RichTextField(
        _("lessons learned"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("story"), blank=True)
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True, verbose_name=_("tags"))
    related_case_studies = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related case studies")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("procedure"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        FieldPanel("procurer"),
        FieldPanel("product_groups"),
        FieldRowPanel([FieldPanel("contract_value"), FieldPanel("currency")]),
        MultiFieldPanel(
            [FieldPanel("criteria"), FieldPanel("other_criteria")], heading=_("Criteria used")
        ),
        FieldPanel("market_engagement"),
        FieldPanel("results"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("co2_tonnes_per_year"),
                        FieldPanel("mwh_per_year"),
                        FieldPanel("lcc_saving_eur"),
                    ]
                ),
                FieldPanel("other_impact"),
                FieldPanel("impact_method"),
            ],
            heading=_("Impact"),
        ),
        FieldPanel("lessons_learned"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Documents")),
        FieldPanel("tags"),
        FieldPanel("related_case_studies"),
    ]
    # The prose a reader reads is translated; codes, figures, choices, links to other records
    # and place names (region) follow the English source in every language.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *(
            TranslatableField(name)
            for name in (
                "summary", "other_criteria", "market_engagement", "results", "other_impact",
                "impact_method", "lessons_learned", "body",
            )
        ),
        *(
            SynchronizedField(name)
            for name in (
                "kind", "procurer", "country", "region", "product_groups", "procedure", "year",
                "contract_value", "currency", "criteria", "co2_tonnes_per_year", "mwh_per_year",
                "lcc_saving_eur", "documents", "tagged_items", "related_case_studies",
            )
        ),
    ]  # fmt: skip
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]
    # Read-only in the Wagtail API v2 (/api/v2/pages/?type=practices.CaseStudyPage&fields=*).
    api_fields = [
        APIField(name)
        for name in (
            "summary", "kind", "country", "region", "procedure", "year", "contract_value",
            "currency", "co2_tonnes_per_year", "mwh_per_year", "lcc_saving_eur",
            "other_impact", "impact_method", "product_groups", "tags",
        )
    ]  # fmt: skip
    parent_page_types = ["practices.CaseStudyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def get_context(self, request, *args, **kwargs):
        from practices.selectors import case_study_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_detail_context(page=self, request=request))
        return context


class CaseStudyDocument(Orderable):
    """A tender document or evaluation report attached to a case study."""

    class Kind(models.TextChoices):
        TENDER = "tender", _("Tender documents")
        EVALUATION = "evaluation", _("Evaluation report")
        CONTRACT = "contract", _("Contract")
        OTHER = "other", _("Other")

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.TENDER)

    panels = [FieldPanel("document"), FieldPanel("kind")]
