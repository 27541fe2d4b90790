"""The database engine: SQLite for `make run`, PostgreSQL full-text search on PostgreSQL.

Both match the same Python-made terms (search/analysis.py). On PostgreSQL a tsvector over the
title (weight A) and body (weight B) terms ranks the matches; on SQLite every query word must
be found as the start of a term, and scoring happens in Python over the first
CANDIDATE_LIMIT matches, newest first: past that number results are complete but ranked less
well, and the page says so (facets still count every match).
"""

from collections import Counter

from django.db import connection
from django.db.models import Q, QuerySet

from ..analysis import fold, query_groups, terms
from ..models import SearchEntry, SearchFacet
from ..query import FACETS, Hit, Query, Results
from ..registry import PUBLIC, Document

CANDIDATE_LIMIT = 1000
# Matches are looked up once and then reused by primary key (ranking, facets): the text
# conditions scan every entry, and each facet ran them again (profiled: 84% of the search
# page on PostgreSQL). Past this many matches the conditions are repeated instead.
MATERIALISE_LIMIT = 20_000
RANKED_BODY = 3000
MULTI_VALUED = {"product_group": "product_group", "tag": "tag"}


def index(documents: list[Document]) -> None:
    keys = [document.key for document in documents]
    SearchEntry.objects.filter(key__in=keys).delete()
    entries = SearchEntry.objects.bulk_create(
        [
            SearchEntry(
                key=d.key, type=d.type, title=d.title[:300], body=d.body[:20000],
                url=d.url[:300], language=d.language, country=d.country, year=d.year,
                kind=d.kind, date=d.date, boost=d.boost, audience=d.audience,
                suggest=d.suggest, title_terms=f" {d.title_terms} ",
                body_terms=f" {d.body_terms} ", title_folded=d.title_folded[:300],
            )
            for d in documents
        ]
    )  # fmt: skip
    SearchFacet.objects.bulk_create(
        [
            SearchFacet(entry=entry, name=name, value=value[:120])
            for entry, document in zip(entries, documents, strict=True)
            for name, values in (
                ("product_group", document.product_groups),
                ("tag", [fold(tag) for tag in document.tags]),
            )
            for value in values
        ]
    )


def remove(keys: list[str]) -> None:
    SearchEntry.objects.filter(key__in=keys).delete()


def clear() -> None:
    SearchEntry.objects.all().delete()


def _matching(query: Query) -> QuerySet[SearchEntry]:
    entries = SearchEntry.objects.filter(audience__in=query.audiences)
    for group in query_groups(query.text):
        word = Q()
        for term in group:
            word |= Q(title_terms__contains=f" {term}") | Q(body_terms__contains=f" {term}")
        entries = entries.filter(word)
    for name, value in query.filters.items():
        if not value:
            continue
        if name in MULTI_VALUED:
            value = fold(value) if name == "tag" else value
            entries = entries.filter(facets__name=name, facets__value=value)
        elif name == "year":
            entries = entries.filter(year=value)
        else:
            entries = entries.filter(**{name: value})
    return entries.distinct()


def _score(entry, groups: list[set[str]], phrase: str) -> float:
    """Title matches count three times body matches; the whole query as a phrase adds more;
    impact and freshness lift a little (the same weights as the Elasticsearch engine)."""
    score = 0.0
    for group in groups:
        if any(f" {term}" in entry.title_terms for term in group):
            score += 3
        if any(f" {term}" in entry.body_terms for term in group):
            score += 1
    if phrase and f" {phrase} " in entry.title_terms:
        score += 5
    elif phrase and f" {phrase} " in entry.body_terms:
        score += 2
    return score * (1 + min(entry.boost, 1000) / 5000)


def search(query: Query) -> Results:
    matches = _matching(query)
    ids = list(matches.values_list("pk", flat=True)[: MATERIALISE_LIMIT + 1])
    if len(ids) <= MATERIALISE_LIMIT:
        matches, total = SearchEntry.objects.filter(pk__in=ids), len(ids)
    else:
        total = matches.count()
    groups = query_groups(query.text)
    phrase = " ".join(terms(query.text)) if len(groups) > 1 else ""
    offset = (query.page - 1) * query.page_size
    if query.sort == "date" or not groups:
        rows = list(matches.order_by("-date")[offset : offset + query.page_size])
        for row in rows:
            row.score = 0.0
    elif connection.vendor == "postgresql":
        rows = _postgres_ranked(matches, groups, phrase, offset, query.page_size)
    else:
        candidates = list(
            matches.only("pk", "title_terms", "body_terms", "boost", "date").order_by("-date")[
                :CANDIDATE_LIMIT
            ]
        )
        for candidate in candidates:
            candidate.score = _score(candidate, groups, phrase)
        candidates.sort(key=lambda c: (-c.score, -c.date.timestamp()))
        page = candidates[offset : offset + query.page_size]
        full = SearchEntry.objects.in_bulk([c.pk for c in page])
        rows = []
        for candidate in page:
            row = full[candidate.pk]
            row.score = candidate.score
            rows.append(row)
    return Results(
        hits=[_hit(row) for row in rows],
        total=total,
        facets=_facets(matches),
        engine="database",
    )


def _postgres_ranked(matches, groups, phrase, offset, size):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
    from django.db.models import ExpressionWrapper, F, FloatField
    from django.db.models.functions import Left

    # The body's first RANKED_BODY characters rank; the whole body still matches. Building
    # the vector of 20,000-character bodies for every match was most of the ranking's time.
    vector = SearchVector("title_terms", weight="A", config="simple") + SearchVector(
        Left("body_terms", RANKED_BODY), weight="B", config="simple"
    )
    tsquery = " & ".join(
        "(" + " | ".join(f"{term}:*" for term in sorted(group)) + ")" for group in groups
    )
    rank = SearchRank(vector, SearchQuery(tsquery, search_type="raw", config="simple"))
    rows = list(
        matches.annotate(
            rank=rank,
            score=ExpressionWrapper(rank * (1 + F("boost") / 5000.0), output_field=FloatField()),
        ).order_by("-score", "-date")[offset : offset + size]
    )
    return rows


def _facets(matches: QuerySet[SearchEntry]) -> dict[str, list[tuple[str, int]]]:
    """Every facet's 20 commonest values, counted in Python from two queries (one per table)
    rather than one GROUP BY per facet: each of those repeated the match."""
    single = [name for name in FACETS if name not in MULTI_VALUED]
    counters = {name: Counter() for name in FACETS}
    for row in matches.values_list(*single):
        for name, value in zip(single, row, strict=True):
            if value not in ("", None):
                counters[name][value] += 1
    pairs = (
        SearchFacet.objects.filter(entry__in=matches.values("pk"), name__in=list(MULTI_VALUED))
        .values_list("name", "value", "entry_id")
        .distinct()
    )
    for name, value, _entry in pairs:
        counters[name][value] += 1
    return {
        name: [
            (str(value), count)
            for value, count in sorted(counters[name].items(), key=lambda i: (-i[1], i[0]))[:20]
        ]
        for name in FACETS
    }


def _hit(row: SearchEntry) -> Hit:
    return Hit(
        key=row.key, type=row.type, title=row.title, body=row.body, url=row.url,
        language=row.language, country=row.country, year=row.year, date=row.date,
        score=float(getattr(row, "score", 0.0) or 0.0),
    )  # fmt: skip


def autocomplete(text: str, audiences: tuple[str, ...], limit: int = 8) -> list[dict]:
    folded = fold(text).strip()
    if len(folded) < 2:
        return []
    rows = (
        SearchEntry.objects.filter(audience__in=audiences, suggest=True)
        .filter(Q(title_folded__startswith=folded) | Q(title_folded__contains=f" {folded}"))
        .order_by("-boost", "title")
        .values("title", "url", "type")[:limit]
    )
    return list(rows)


def vocabulary() -> list[str]:
    """Every public title word, for "did you mean" (titles are short; this stays small).

    Public only: the vocabulary is shared by every reader, and a private thread's title
    words must not come back to outsiders as a suggestion."""
    words = set()
    public = SearchEntry.objects.filter(audience=PUBLIC)
    for title in public.values_list("title_folded", flat=True).iterator():
        words.update(w for w in title.split() if len(w) > 3 and w.isalpha())
    return sorted(words)
