from django import forms
from django.utils.translation import gettext_lazy as _

from kb_site.filters import FilterForm

from .query import FACETS

SORTS = [("relevance", _("Best match")), ("date", _("Newest first"))]


class SearchForm(FilterForm):
    q = forms.CharField(label=_("Search for"), max_length=200, required=False)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False)
    page = forms.IntegerField(min_value=1, max_value=1000, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in FACETS:
            self.fields[name] = forms.CharField(max_length=120, required=False)

    def query_kwargs(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "text": (data.get("q") or "").strip(),
            "filters": {name: data.get(name) for name in FACETS if data.get(name)},
            "sort": data.get("sort") or "relevance",
            "page": data.get("page") or 1,
        }
