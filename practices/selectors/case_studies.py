"""Reads for the knowledge base, with their joins set here once."""

from collections import Counter
from dataclasses import dataclass, fields, replace

import django_comments
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db.models import Count, F, QuerySet, Sum
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from kb_site.fragments import lazy
from kb_site.listing_language import one_per_translation, preferred_flag
from kb_site.reversing import with_page_links
from kb_site.taxonomy import COUNTRIES, ProductGroup, country_name
from practices.forms import CaseStudyFilterForm
from practices.models import CaseStudyPage

PAGE_SIZE = 20


@dataclass(frozen=True)
class CaseStudyFilters:
    product_group: str = ""
    country: str = ""
    kind: str = ""
    procedure: str = ""
    year: int | None = None
    language: str = ""
    tag: str = ""
    sort: str = "newest"


def case_studies(*, filters: CaseStudyFilters, pages=None) -> QuerySet[CaseStudyPage]:
    """Published case studies in every language (the index offers a language filter): without
    one, a translated study once, in the reader's language (kb_site/listing_language.py).

    ``pages``: the live, public case studies when the caller has them already (Wagtail's
    ``public()`` reads the view restrictions each time it is called)."""
    if pages is None:
        pages = CaseStudyPage.objects.live().public()
    if not filters.language:  # each study once, in the reader's language where translated
        pages = one_per_translation(pages, translation.get_language())
    # Filters through many-to-many relations are subqueries, so no row comes twice and the
    # list needs no DISTINCT: counting DISTINCT over whole page rows took 10 ms of the index.
    if filters.product_group:
        in_group = CaseStudyPage.objects.filter(product_groups__slug=filters.product_group)
        pages = pages.filter(pk__in=in_group.values("pk"))
    if filters.country:
        pages = pages.filter(country=filters.country)
    if filters.kind:
        pages = pages.filter(kind=filters.kind)
    if filters.procedure:
        pages = pages.filter(procedure=filters.procedure)
    if filters.year:
        pages = pages.filter(year=filters.year)
    if filters.language == "*":  # every version, marked (for facet_counts)
        pages = pages.annotate(listed=preferred_flag(pages, translation.get_language()))
    elif filters.language:
        pages = pages.filter(locale__language_code=filters.language)
    if filters.tag:
        tagged = CaseStudyPage.objects.filter(tags__name__iexact=filters.tag)
        pages = pages.filter(pk__in=tagged.values("pk"))
    if filters.sort == "impact":
        order = [F("co2_tonnes_per_year").desc(nulls_last=True), "-first_published_at"]
    else:
        order = ["-year", "-first_published_at"]
    return pages.select_related("locale").order_by(*order)


# What a card on the index shows (templates/practices/includes/case_study_card.html): the
# body, results and lessons stay in the database, and tags are not prefetched (taggit's
# prefetch was half the cost of reading a page of cards).
CARD_FIELDS = ("title", "slug", "url_path", "kind", "country", "year", "summary",
               "co2_tonnes_per_year", "locale__language_code")  # fmt: skip


def filters_from(request) -> tuple[CaseStudyFilterForm, CaseStudyFilters]:
    """The filter form bound to the query string, and the filters it yields: those whose value
    is valid (a bad year drops the year, not the country the reader also chose)."""
    product_groups = list(ProductGroup.objects.all())
    years = list(
        CaseStudyPage.objects.live().order_by("-year").values_list("year", flat=True).distinct()
    )
    form = CaseStudyFilterForm(request.GET or None, product_groups=product_groups, years=years)
    if not form.is_bound:
        return form, CaseStudyFilters()
    form.is_valid()  # cleaned_data then holds the fields that validated
    valid = {key: value for key, value in form.cleaned_data.items() if value}
    return form, CaseStudyFilters(**valid)


def listing_query(get) -> str:
    """The query string without the page number: what the page and export links carry on."""
    query = get.copy()
    query.pop("page", None)
    return query.urlencode()


def with_card_details(studies: list, request) -> list:
    """What a case-study card shows, worked out once for the list: its link (one reverse per
    parent), and its practice's and country's names (each label translated once)."""
    kinds = {value: str(label) for value, label in CaseStudyPage.Kind.choices}
    for study in with_page_links(studies, request):
        study.kind_label = kinds.get(study.kind, study.kind)
        study.country_name = country_name(study.country)
    return studies


# The filters whose choices show how many case studies each would list, and the column counted.
FACET_COLUMNS = {
    "country": "country",
    "kind": "kind",
    "procedure": "procedure",
    "year": "year",
    "language": "locale__language_code",
}
_NO_FILTER = {field.name: field.default for field in fields(CaseStudyFilters)}


def facet_counts(*, filters: CaseStudyFilters, pages=None) -> dict[str, dict]:
    """For each filter, how many case studies each of its choices would list with the other
    filters kept (a newcomer sees where the practice is before choosing). Two queries: the
    studies counted per combination of the plain columns, summed here for each column; and
    the product groups."""
    if pages is None:
        pages = CaseStudyPage.objects.live().public()
    # Every version is counted with whether the list without a language shows it: a language
    # choice lists all the studies in it, the other choices one version of each.
    unfiltered = replace(filters, **{name: _NO_FILTER[name] for name in FACET_COLUMNS})
    combinations = (
        case_studies(filters=replace(unfiltered, language="*"), pages=pages)
        .order_by()
        .values_list(*FACET_COLUMNS.values(), "listed")
        .annotate(count=Count("pk"))
    )
    chosen = [getattr(filters, name) for name in FACET_COLUMNS]
    language = list(FACET_COLUMNS).index("language")
    counts = {name: Counter() for name in FACET_COLUMNS}
    for *values, listed, count in combinations:
        misses = [i for i, want in enumerate(chosen) if want and values[i] != want]
        # A choice of one filter counts the studies that every *other* filter lets through.
        for i, name in enumerate(FACET_COLUMNS):
            shown = listed or i == language or chosen[language]
            if shown and (not misses or misses == [i]):
                counts[name][values[i]] += count
    in_groups = CaseStudyPage.product_groups.through.objects.filter(
        casestudypage_id__in=case_studies(
            filters=replace(filters, product_group=""), pages=pages
        ).values("pk")
    )
    counts["product_group"] = (
        in_groups.values_list("productgroup__slug").annotate(count=Count("pk")).order_by()
    )
    return {name: dict(found) for name, found in counts.items()}


def case_study_index_context(*, request) -> dict:
    form, filters = filters_from(request)
    pages = CaseStudyPage.objects.live().public()
    form.show_counts(facet_counts(filters=filters, pages=pages))
    cards = (
        case_studies(filters=filters, pages=pages)
        .only(*CARD_FIELDS)
        .prefetch_related("product_groups")
    )
    page = Paginator(cards, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = with_card_details(list(page.object_list), request)
    return {"form": form, "page_obj": page, "query": listing_query(request.GET), "filters": filters}


EXPORT_FIELDS = [
    "title", "url", "language", "kind", "country", "region", "procurer", "product_groups",
    "procedure", "year", "contract_value", "currency", "co2_tonnes_per_year", "mwh_per_year",
    "lcc_saving_eur", "impact_method", "tags",
]  # fmt: skip


def case_study_rows(*, filters: CaseStudyFilters, request) -> list[dict]:
    """The filtered case studies as open data: one flat dict each, numbers as numbers."""

    def number(value):
        return float(value) if value is not None else None

    return [
        {
            "title": page.title,
            "url": request.build_absolute_uri(page.get_url(request)),
            "language": page.locale.language_code,
            "kind": page.kind,
            "country": page.country,
            "region": page.region,
            "procurer": page.procurer.name if page.procurer else "",
            "product_groups": [group.name for group in page.product_groups.all()],
            "procedure": page.procedure,
            "year": page.year,
            "contract_value": number(page.contract_value),
            "currency": page.currency,
            "co2_tonnes_per_year": number(page.co2_tonnes_per_year),
            "mwh_per_year": number(page.mwh_per_year),
            "lcc_saving_eur": number(page.lcc_saving_eur),
            "impact_method": page.impact_method,
            "tags": [tag.name for tag in page.tags.all()],
        }
        for page in case_studies(filters=filters)
        .select_related("procurer")
        .prefetch_related("product_groups", "tags")
    ]


def case_study_detail_context(*, page: CaseStudyPage, request=None) -> dict:
    from practices.comments import comments_for_page, is_following
    from practices.permissions import can_comment

    user = request.user if request is not None else AnonymousUser()
    comment_form = None
    if can_comment(user):
        reply_to = request.GET.get("reply_to", "")
        comment_form = django_comments.get_form()(
            page, initial={"reply_to": int(reply_to) if reply_to.isdigit() else 0}
        )
    return {
        # Visitors share the rendered comments (a fragment): the list waits for a miss.
        "comments": lazy(lambda: comments_for_page(page=page, user=user)),
        "comment_form": comment_form,
        "following": is_following(user=user, page=page),
        "max_thread_level": settings.COMMENTS_XTD_MAX_THREAD_LEVEL,
        # What every reader sees alike waits for the page's fragments to miss (lazy).
        # Once: the back link and every tag link point at it ({% pageurl %} wants a Page).
        "index": SimpleLazyObject(page.get_parent),
        "product_groups": lazy(lambda: list(page.product_groups.all())),
        "criteria_used": lazy(lambda: list(page.criteria.select_related("product_group"))),
        "documents": lazy(lambda: list(page.documents.select_related("document"))),
        # In a preview the relation is modelcluster's in-memory list: query by its ids.
        "related": lazy(
            lambda: list(
                CaseStudyPage.objects.filter(
                    pk__in=page.related_case_studies.values_list("id", flat=True)
                )
                .live()
                .select_related("locale")
            )
        ),
        "tags": lazy(lambda: list(page.tags.all())),
    }


METRICS = ("co2_tonnes_per_year", "mwh_per_year", "lcc_saving_eur")


@dataclass
class Breakdown:
    """One chart: rows of (label, tCO2e, MWh, EUR, count), and each row's bar width in %."""

    rows: list[dict]

    @property
    def max_co2(self):
        return max((row["co2"] or 0 for row in self.rows), default=0)


def _breakdown(pages, key: str, label) -> Breakdown:
    rows = []
    for values in (
        pages.values(key)
        .annotate(
            co2=Sum("co2_tonnes_per_year"),
            mwh=Sum("mwh_per_year"),
            eur=Sum("lcc_saving_eur"),
            count=Count("pk", distinct=True),
        )
        .order_by(F("co2").desc(nulls_last=True))
    ):
        rows.append({**values, "label": label(values[key])})
    biggest = max((row["co2"] or 0 for row in rows), default=0) or 1
    for row in rows:
        row["width"] = round(100 * float(row["co2"] or 0) / float(biggest), 1)
    return Breakdown(rows=rows)


def impact_dashboard(*, filters: CaseStudyFilters) -> dict:
    """Totals and breakdowns by country, product group and year, for the same filters as the
    index. A case study in two product groups counts in both groups' rows (not twice in the
    totals)."""
    # The filtered pages, each once (case_studies filters by subqueries): every figure is an
    # aggregate over them in the database, with no list of ids sent back and forth.
    pages = case_studies(filters=filters).order_by()
    totals = pages.aggregate(
        co2=Sum("co2_tonnes_per_year"),
        mwh=Sum("mwh_per_year"),
        eur=Sum("lcc_saving_eur"),
        count=Count("pk"),
    )
    countries = dict(COUNTRIES)
    groups = {group.pk: group.label for group in ProductGroup.objects.all()}
    return {
        "totals": totals,
        "by_country": _breakdown(pages, "country", lambda code: str(countries.get(code, code))),
        "by_group": _breakdown(pages, "product_groups", lambda pk: groups.get(pk, "—")),
        "by_year": _breakdown(pages, "year", str),
    }
