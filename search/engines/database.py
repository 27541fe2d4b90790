"""The database engine: SQLite for `make run`, PostgreSQL full-text search on PostgreSQL.

Both match the same Python-made terms (search/analysis.py). On PostgreSQL a stored,
GIN-indexed tsvector of the title (weight A) and body (weight B) terms matches and ranks; on
SQLite every query word must be found as the start of a term with LIKE, and scoring happens
in Python over the first CANDIDATE_LIMIT matches, newest first: past that number results are
complete but ranked less well (newest first; facets still count every match).
"""

from django.db import connection
from django.db.models import Count, ExpressionWrapper, F, FloatField, Q, QuerySet, Window

from kb_site import page_cache

from ..analysis import fold, query_groups, terms
from ..models import SearchEntry, SearchFacet
from ..query import FACETS, Hit, Query, Results
from ..registry import PUBLIC, Document

CANDIDATE_LIMIT = 1000
RANKED_BODY = 3000  # the body's first characters that rank (all of it matches)
MULTI_VALUED = {"product_group": "product_group", "tag": "tag"}
SINGLE_VALUED = [name for name in FACETS if name not in MULTI_VALUED]
HIT_FIELDS = ("key", "type", "title", "body", "url", "language", "country", "year", "date")
# The many-valued facets of the matches (`matched`: the CTE in _facets), one row a value.
MULTI_VALUED_COUNTS = """
SELECT facet.name, facet.value, COUNT(DISTINCT facet.entry_id)
FROM search_searchfacet AS facet JOIN matched ON facet.entry_id = matched.id
WHERE facet.name IN ('product_group', 'tag') GROUP BY facet.name, facet.value
"""
# The stored vector (models.SearchEntry.search_vector), from the terms just written.
STORE_VECTORS = """
UPDATE search_searchentry AS entry SET search_vector =
    setweight(to_tsvector('simple', entry.title_terms), 'A')
    || setweight(to_tsvector('simple', part.head), 'B')
    || setweight(to_tsvector('simple', part.tail), 'D')
FROM unnest(%s::bigint[], %s::text[], %s::text[]) AS part(id, head, tail)
WHERE entry.id = part.id
"""


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
    if connection.vendor == "postgresql" and entries:
        parts = [_split_body(entry.body_terms) for entry in entries]
        with connection.cursor() as cursor:
            cursor.execute(
                STORE_VECTORS,
                [[entry.pk for entry in entries], [p[0] for p in parts], [p[1] for p in parts]],
            )
    # bulk_create sends no post_save: without this a new entry could stay hidden behind a
    # cached search page or fragment until some other write (kb_site/page_cache.py).
    page_cache.invalidate()


def _split_body(body_terms: str) -> tuple[str, str]:
    """The body's terms as (ranked head of up to RANKED_BODY characters, the rest), cut
    between two terms so that no term is halved (each half must still match)."""
    if len(body_terms) <= RANKED_BODY:
        return body_terms, ""
    cut = body_terms.rfind(" ", 0, RANKED_BODY + 1)
    cut = cut if cut > 0 else RANKED_BODY
    return body_terms[:cut], body_terms[cut:]


def remove(keys: list[str]) -> None:
    SearchEntry.objects.filter(key__in=keys).delete()


def clear() -> None:
    SearchEntry.objects.all().delete()


def _matching(query: Query, groups: list[set[str]]) -> QuerySet[SearchEntry]:
    """What the reader may read and the query matches: every group of terms (any term of a
    group as the start of a word), then the filters. PostgreSQL reads the GIN-indexed vector;
    SQLite scans the terms with LIKE (the same matches: both find a term's start)."""
    entries = SearchEntry.objects.filter(audience__in=query.audiences)
    if groups and connection.vendor == "postgresql":
        entries = entries.filter(search_vector=_tsquery(groups))
    else:
        for group in groups:
            word = Q()
            for term in group:
                word |= Q(title_terms__contains=f" {term}") | Q(body_terms__contains=f" {term}")
            entries = entries.filter(word)
    for name, value in query.filters.items():
        if not value:
            continue
        if name in MULTI_VALUED:
            value = fold(value) if name == "tag" else value
            # A subquery rather than a join: no duplicate rows, so no DISTINCT.
            tagged = SearchFacet.objects.filter(name=name, value=value).values("entry_id")
            entries = entries.filter(pk__in=tagged)
        elif name == "year":
            entries = entries.filter(year=value)
        else:
            entries = entries.filter(**{name: value})
    return entries


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
    """The page's entries (with the total, on PostgreSQL the rank) from one query and every
    facet from another: only ten rows and the facet counts come back, not every match."""
    groups = query_groups(query.text)
    phrase = " ".join(terms(query.text)) if len(groups) > 1 else ""
    matches = _matching(query, groups)
    offset = (query.page - 1) * query.page_size
    if query.sort == "date" or not groups:
        rows, total = _page(matches, ("-date", "-pk"), offset, query.page_size)
    elif connection.vendor == "postgresql":
        rows, total = _page(
            matches.annotate(score=_postgres_rank(groups)),
            ("-score", "-date", "-pk"),  # ties keep a fixed order, so pages never overlap
            offset,
            query.page_size,
        )
    else:
        rows, total = _sqlite_ranked(matches, groups, phrase, offset, query.page_size)
    return Results(
        hits=[_hit(row) for row in rows], total=total, facets=_facets(matches), engine="database"
    )


def _page(matches, order, offset: int, size: int) -> tuple[list[SearchEntry], int]:
    # The total is counted over all matches in the same query (a window), before the limit.
    entries = matches.only(*HIT_FIELDS).annotate(total=Window(Count("pk"))).order_by(*order)
    rows = list(entries[offset : offset + size])
    if rows:
        return rows, rows[0].total
    return rows, matches.count() if offset else 0


def _postgres_rank(groups: list[set[str]]):
    from django.contrib.postgres.search import SearchRank

    # D holds the body past RANKED_BODY characters: matched, never ranked (building each
    # match's vector of a 20,000-character body was most of the ranking's time once).
    rank = SearchRank(F("search_vector"), _tsquery(groups), weights=[0.0, 0.2, 0.4, 1.0])
    return ExpressionWrapper(rank * (1 + F("boost") / 5000.0), output_field=FloatField())


def _tsquery(groups: list[set[str]]):
    from django.contrib.postgres.search import SearchQuery

    text = " & ".join(
        "(" + " | ".join(f"{term}:*" for term in sorted(group)) + ")" for group in groups
    )
    return SearchQuery(text, search_type="raw", config="simple")


def _sqlite_ranked(matches, groups, phrase, offset, size) -> tuple[list[SearchEntry], int]:
    """Scored in Python over the CANDIDATE_LIMIT newest matches (their terms are read)."""
    candidates = list(
        matches.only("title_terms", "body_terms", "boost", "date").order_by("-date", "-pk")[
            :CANDIDATE_LIMIT
        ]
    )
    for candidate in candidates:
        candidate.score = _score(candidate, groups, phrase)
    candidates.sort(key=lambda c: c.score, reverse=True)  # stable: newest first among ties
    page = candidates[offset : offset + size]
    full = SearchEntry.objects.only(*HIT_FIELDS).in_bulk([c.pk for c in page])
    rows = []
    for candidate in page:
        row = full[candidate.pk]
        row.score = candidate.score
        rows.append(row)
    total = len(candidates) if len(candidates) < CANDIDATE_LIMIT else matches.count()
    return rows, total


def _facets(matches: QuerySet[SearchEntry]) -> dict[str, list[tuple[str, int]]]:
    """Every facet's 20 commonest values from one query: the matches once (a CTE), grouped
    by each single-valued column and joined to the many-valued ones. One GROUP BY query per
    facet repeated the match each time; reading every match into Python cost more than the
    match itself."""
    # Only this module's constants go into the SQL text; the match's values are parameters.
    quote = connection.ops.quote_name
    sql, params = matches.values_list("pk", *SINGLE_VALUED).query.sql_with_params()
    columns = ", ".join(quote(name) for name in ["id", *SINGLE_VALUED])
    parts = [
        f"SELECT '{name}', CAST({quote(name)} AS TEXT), COUNT(*) FROM matched GROUP BY 2"  # noqa: S608
        for name in SINGLE_VALUED
    ]
    parts.append(MULTI_VALUED_COUNTS)
    counts = {name: [] for name in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH matched ({columns}) AS ({sql}) " + " UNION ALL ".join(parts), params)
        for name, value, count in cursor.fetchall():
            if value not in ("", None):
                counts[name].append((value, count))
    return {
        name: sorted(values, key=lambda item: (-item[1], item[0]))[:20]
        for name, values in counts.items()
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
