import math
from functools import lru_cache

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _lazy

from events.models import EventPage
from forum.models import Category
from kb_site.fragments import lazy
from kb_site.ratelimit import consume, too_many
from kb_site.taxonomy import COUNTRIES, ProductGroup
from practices.models import CaseStudyPage

from .forms import SearchForm
from .permissions import audiences_for
from .query import FACETS, Query
from .registry import type_labels
from .selectors import autocomplete, did_you_mean, highlight_title, search, snippet
from .services import elasticsearch_enabled

MIN_AUTOCOMPLETE = 2


def _localise(url: str) -> str:
    """Language-neutral document URLs get the reader's language in front."""
    return url if url.startswith("/") else f"/{get_language()}/{url}"


@lru_cache(maxsize=8)
def _fixed_labels(language: str | None) -> dict[str, dict[str, str]]:
    """The labels that only change with the language (translating them all was a tenth of a
    page that missed its fragment)."""
    return {
        "type": {key: str(label) for key, label in type_labels().items()},
        "country": {code: str(name) for code, name in COUNTRIES},
        # Case studies, forum categories and events each fill "kind" with their own choices.
        "kind": {
            key: str(label)
            for choices in (CaseStudyPage.Kind, Category.Kind, EventPage.Kind)
            for key, label in choices.choices
        },
        "language": {code: str(name) for code, name in settings.LANGUAGES},
    }


def _facet_labels(product_groups: list[str]) -> dict[str, dict[str, str]]:
    labels = dict(_fixed_labels(get_language()))
    groups = ProductGroup.objects.filter(slug__in=product_groups).only("slug", "name_en", "name_lv")
    labels["product_group"] = {g.slug: g.label for g in groups} if product_groups else {}
    return labels


FACET_TITLES = {
    "type": _lazy("Type"),
    "country": _lazy("Country"),
    "product_group": _lazy("Product group"),
    "kind": _lazy("Practice"),
    "year": _lazy("Year"),
    "language": _lazy("Language"),
    "tag": _lazy("Tag"),
}


def results(request):
    if request.GET and (refusal := consume(request, "search")):
        return too_many(request, refusal)
    form = SearchForm(request.GET or None)
    kwargs = form.query_kwargs() if request.GET else {"text": "", "filters": {}}
    context = {"form": form, "searched": bool(request.GET)}
    if request.GET:
        query = Query(audiences=audiences_for(request.user), **kwargs)
        context.update(
            query=query,
            listing=lazy(lambda: _listing(request, query)),
            # The database engine's results are the same for every reader with the same
            # audiences (its index writes drop the fragments); Elasticsearch's index is
            # updated after the database's, so its results are never kept.
            shared=not elasticsearch_enabled(),
        )
    return render(request, "search/results.html", context)


def _listing(request, query: Query) -> dict:
    """Everything below the search form: results, facets, paging (a fragment hit skips it)."""
    found = search(query)
    labels = _facet_labels([value for value, _count in found.facets.get("product_group", [])])
    params = request.GET.copy()
    params.pop("page", None)
    facets = []
    for name in FACETS:
        options = []
        for value, count in found.facets.get(name, []):
            link = params.copy()
            selected = query.filters.get(name) == value
            if selected:
                link.pop(name, None)
            else:
                link[name] = value
            options.append({
                "value": value,
                "label": labels.get(name, {}).get(value, value),
                "count": count,
                "selected": selected,
                "url": "?" + link.urlencode(),
            })  # fmt: skip
        if options:
            facets.append({"name": name, "title": FACET_TITLES[name], "options": options})
    for hit in found.hits:
        hit.url = _localise(hit.url)
        hit.snippet = snippet(hit.body, query.text)
        hit.title_html = highlight_title(hit.title, query.text)
        hit.type_label = labels["type"].get(hit.type, hit.type)
        hit.country_label = labels["country"].get(hit.country, "")
    pages = max(1, math.ceil(found.total / query.page_size))
    sort_links = {}
    for sort in ("relevance", "date"):
        link = params.copy()
        link["sort"] = sort
        sort_links[sort] = "?" + link.urlencode()
    listing = {
        "results": found,
        "facets": facets,
        "pages": pages,
        "previous_url": _page_url(params, query.page - 1) if query.page > 1 else "",
        "next_url": _page_url(params, query.page + 1) if query.page < pages else "",
        "sort_links": sort_links,
        "suggestion": did_you_mean(query.text) if not found.total and query.text else "",
    }
    if not found.total:
        listing["popular"] = (
            CaseStudyPage.objects.live().public().select_related("locale")
            .order_by("-co2_tonnes_per_year")[:5]
        )  # fmt: skip
    return listing


def _page_url(params, number: int) -> str:
    link = params.copy()
    link["page"] = number
    return "?" + link.urlencode()


def autocomplete_view(request):
    text = request.GET.get("q", "")[:100]
    if len(text.strip()) < MIN_AUTOCOMPLETE:
        return JsonResponse({"suggestions": []})
    if refusal := consume(request, "autocomplete"):  # the plain search still works
        return JsonResponse(
            {"suggestions": []}, status=429, headers={"Retry-After": str(refusal.retry_after)}
        )
    labels = type_labels()
    suggestions = [
        {"title": s["title"], "url": _localise(s["url"]), "type": str(labels.get(s["type"], ""))}
        for s in autocomplete(text, audiences_for(request.user))
    ]
    return JsonResponse({"suggestions": suggestions})
