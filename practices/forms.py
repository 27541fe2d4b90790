from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kb_site.filters import FilterForm
from kb_site.taxonomy import COUNTRIES

from .models import CaseStudyPage, ResourcePage
from .models.resources import RESOURCE_LANGUAGES

# "All" of a filter whose noun is masculine in Latvian (Veids, Gads): "Visi", not "Visas".
ALL_MASCULINE = pgettext_lazy("filter of a masculine noun: kind, type, year", "All")

SORTS = [("newest", _("Newest first")), ("impact", _("Highest impact (tCO2e) first"))]


class CaseStudyFilterForm(FilterForm):
    """The index's filters and sort: plain GET fields, so every choice is a link."""

    product_group = forms.ChoiceField(label=_("Product group"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(
        label=_("Practice"), required=False, choices=[("", _("All")), *CaseStudyPage.Kind.choices]
    )
    procedure = forms.ChoiceField(
        label=_("Procedure"),
        required=False,
        choices=[("", _("All")), *CaseStudyPage.Procedure.choices],
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All")), *settings.LANGUAGES]
    )
    tag = forms.CharField(label=_("Tag"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort"), required=False, choices=SORTS)

    def __init__(self, *args, product_groups=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product_group"].choices = [("", _("All"))] + [
            (group.slug, group.label) for group in product_groups
        ]
        self.fields["country"].choices = [("", _("All")), *COUNTRIES]
        self.fields["year"].choices = [("", ALL_MASCULINE)] + [(year, year) for year in years]

    def show_counts(self, counts: dict[str, dict]) -> None:
        """Each choice with the number of case studies it would list ("Latvia (12)"); choices
        that would list none are left out, unless chosen (selectors.facet_counts)."""
        for name, found in counts.items():
            field = self.fields[name]
            chosen = str(self.data.get(name, "")) if self.is_bound else ""
            field.choices = [
                (value, f"{label} ({found.get(value, 0)})" if value != "" else label)
                for value, label in field.choices
                if value == "" or value in found or str(value) == chosen
            ]


def _group_choices(product_groups):
    return [("", _("All"))] + [(group.slug, group.label) for group in product_groups]


class StrategyFilterForm(FilterForm):
    product_group = forms.ChoiceField(label=_("Product group"), required=False)
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("All")), *COUNTRIES]
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All")), *settings.LANGUAGES]
    )

    def __init__(self, *args, product_groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product_group"].choices = _group_choices(product_groups)


RESOURCE_SORTS = [("newest", _("Newest first")), ("title", _("By title"))]


class ResourceFilterForm(FilterForm):
    product_group = forms.ChoiceField(label=_("Product group"), required=False)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", ALL_MASCULINE), *ResourcePage.Kind.choices]
    )
    resource_language = forms.ChoiceField(
        label=_("Written in"), required=False, choices=[("", _("All")), *RESOURCE_LANGUAGES]
    )
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("All")), *COUNTRIES]
    )
    language = forms.ChoiceField(
        label=_("Page language"), required=False, choices=[("", _("All")), *settings.LANGUAGES]
    )
    tag = forms.CharField(label=_("Tag"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort"), required=False, choices=RESOURCE_SORTS)

    def __init__(self, *args, product_groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product_group"].choices = _group_choices(product_groups)
