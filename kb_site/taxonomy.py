"""Reference data every app shares: EU GPP product groups with their criteria, and countries.

It lives in kb_site, below members, practices, forum and events, because all of them point
at product groups (supplier offers, case studies, threads, events) and an app may only import
the ones before it.
"""

from functools import lru_cache

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

# EU and EEA countries where GPP Commons has members, by ISO 3166-1 alpha-2 code.
COUNTRIES = [
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("BG", _("Bulgaria")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DE", _("Germany")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("EL", _("Greece")),
    ("ES", _("Spain")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("HR", _("Croatia")),
    ("HU", _("Hungary")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("LV", _("Latvia")),
    ("MT", _("Malta")),
    ("NL", _("Netherlands")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("SE", _("Sweden")),
    ("SI", _("Slovenia")),
    ("SK", _("Slovakia")),
]


@lru_cache(maxsize=8)
def _country_names(language: str | None) -> dict[str, str]:
    return {code: str(name) for code, name in COUNTRIES}  # str() in the active language


def country_name(code: str) -> str:
    """A country's name in the visitor's language, looked up once per language."""
    return _country_names(get_language()).get(code, code)


class CountryField(models.CharField):
    """A country code whose get_<field>_display is a dictionary lookup: Django's own builds
    a dictionary of all 28 translated names on every call (profiled: a card grid spent more
    time naming countries than the rest of each card)."""

    def contribute_to_class(self, cls, name, *args, **kwargs):
        super().contribute_to_class(cls, name, *args, **kwargs)
        attname = self.attname
        setattr(cls, f"get_{name}_display", lambda obj: country_name(getattr(obj, attname)))

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.CharField", args, kwargs  # same column: no migration


class ProductGroup(ClusterableModel):
    """A set of EU GPP criteria, e.g. "Road lighting and traffic signals".

    Name and description have a column per language (kb_site/translation.py): `name` reads the
    visitor's language, falling back to the other one."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name_en"),
        FieldPanel("name_lv"),
        FieldPanel("slug"),
        FieldPanel("description_en"),
        FieldPanel("description_lv"),
        FieldPanel("sort_order"),
        InlinePanel("criteria", label=_("Criteria")),
    ]

    class Meta:
        verbose_name = _("product group")
        verbose_name_plural = _("product groups")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """What templates print (`group.label`): the name in the visitor's language."""
        return self.name


class Criterion(Orderable):
    """One EU GPP criterion of a product group."""

    class Level(models.TextChoices):
        CORE = "core", _("Core")
        COMPREHENSIVE = "comprehensive", _("Comprehensive")

    class Type(models.TextChoices):
        SELECTION = "selection", _("Selection criterion")
        TECHNICAL_SPECIFICATION = "technical", _("Technical specification")
        AWARD = "award", _("Award criterion")
        CONTRACT_CLAUSE = "clause", _("Contract performance clause")

    product_group = ParentalKey(ProductGroup, on_delete=models.CASCADE, related_name="criteria")
    code = models.CharField(_("code"), max_length=20, help_text=_("e.g. TS1, AC2"))
    text = models.TextField(_("criterion"))
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    type = models.CharField(_("type"), max_length=16, choices=Type.choices)
    verification = models.TextField(_("verification"), blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("text_en"),
        FieldPanel("text_lv"),
        FieldPanel("level"),
        FieldPanel("type"),
        FieldPanel("verification_en"),
        FieldPanel("verification_lv"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.UniqueConstraint(
                fields=["product_group", "code", "level"], name="kb_site_criterion_code_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} ({self.get_level_display()})"
