"""The Elasticsearch 8 engine, through elasticsearch-dsl.

The index holds the same Python-made terms as the database engine (the Maven Central
distribution has no analysis-common module, so no folding or stemming in Elasticsearch
itself): `title_terms` and `body_terms` are whitespace-separated stems, matched with the
built-in standard analyzer. Reads go through the alias `INDEX_ALIAS`; a rebuild fills a new
index and swaps the alias in one request, so search keeps working during it.

Scoring (the same weights as the database engine): every query word must match (a word or
any of its translations); a match in the title weighs 3, in the body 1; the whole query as a
phrase adds 5 in the title or 2 in the body; a case study's impact (tCO2e) lifts it by up to
a fifth (log scale) and a document's age lowers it gently (half weight after two years).
"""

from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import Elasticsearch, helpers
from elasticsearch_dsl import Q, Search

from ..analysis import fold, query_groups, terms
from ..query import FACETS, Hit, Query, Results
from ..registry import Document

INDEX_ALIAS = "gpp-search"
TIMEOUT = 3  # seconds: past this the database engine answers instead
MULTI_VALUED = {"product_group": "product_groups", "tag": "tags"}
MAPPING = {
    "properties": {
        "type": {"type": "keyword"},
        "title": {"type": "text", "analyzer": "standard"},
        "title_folded": {"type": "text", "analyzer": "standard"},
        "title_terms": {"type": "text", "analyzer": "standard"},
        "body_terms": {"type": "text", "analyzer": "standard"},
        "body": {"type": "text", "index": False},
        "url": {"type": "keyword", "index": False},
        "language": {"type": "keyword"},
        "country": {"type": "keyword"},
        "year": {"type": "integer"},
        "kind": {"type": "keyword"},
        "product_groups": {"type": "keyword"},
        "tags": {"type": "keyword"},
        "date": {"type": "date"},
        "boost": {"type": "float"},
        "audience": {"type": "keyword"},
        "suggest": {"type": "boolean"},
    }
}
SETTINGS = {"number_of_shards": 1, "number_of_replicas": 0}

_client: Elasticsearch | None = None


def client() -> Elasticsearch:
    global _client  # one client per process, as elasticsearch-py recommends
    if _client is None:
        _client = Elasticsearch(
            settings.ELASTICSEARCH_URL,
            request_timeout=TIMEOUT,
            max_retries=0,
            retry_on_timeout=False,
        )
    return _client


def _source(document: Document) -> dict:
    return {
        "type": document.type,
        "title": document.title,
        "title_folded": document.title_folded,
        "title_terms": document.title_terms,
        "body_terms": document.body_terms,
        "body": document.body[:20000],
        "url": document.url,
        # Empty values are left out, so they neither match nor count in a facet.
        "language": document.language or None,
        "country": document.country or None,
        "year": document.year,
        "kind": document.kind or None,
        "product_groups": document.product_groups,
        "tags": [fold(tag) for tag in document.tags],
        "date": document.date,
        "boost": document.boost,
        "audience": document.audience,
        "suggest": document.suggest,
    }


def ensure_index() -> None:
    """Create a first index behind the alias if there is none."""
    es = client()
    if not es.indices.exists_alias(name=INDEX_ALIAS):
        name = _new_index_name()
        es.indices.create(index=name, mappings=MAPPING, settings=SETTINGS)
        es.indices.put_alias(index=name, name=INDEX_ALIAS)


def _new_index_name() -> str:
    return f"{INDEX_ALIAS}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"


def index(documents: list[Document]) -> None:
    ensure_index()
    helpers.bulk(
        client(),
        ({"_index": INDEX_ALIAS, "_id": d.key, "_source": _source(d)} for d in documents),
        refresh="wait_for",
    )


def remove(keys: list[str]) -> None:
    ensure_index()
    helpers.bulk(
        client(),
        ({"_op_type": "delete", "_index": INDEX_ALIAS, "_id": key} for key in keys),
        raise_on_error=False,
        refresh="wait_for",
    )


def rebuild(batches, progress=None) -> int:
    """Fill a new index from `batches` (lists of documents), then point the alias at it and
    drop the old one. Readers use the old index until the swap."""
    es = client()
    name = _new_index_name()
    es.indices.create(index=name, mappings=MAPPING, settings={**SETTINGS, "refresh_interval": "-1"})
    count = 0
    for batch in batches:
        helpers.bulk(es, ({"_index": name, "_id": d.key, "_source": _source(d)} for d in batch))
        count += len(batch)
        if progress:
            progress(len(batch))
    es.indices.put_settings(index=name, settings={"refresh_interval": "1s"})
    es.indices.refresh(index=name)
    old = (
        list(es.indices.get_alias(name=INDEX_ALIAS).keys())
        if es.indices.exists_alias(name=INDEX_ALIAS)
        else []
    )
    actions = [{"add": {"index": name, "alias": INDEX_ALIAS}}]
    actions += [{"remove_index": {"index": index_name}} for index_name in old]
    es.indices.update_aliases(actions=actions)
    return count


def _filtered(query: Query) -> Search:
    search = Search(using=client(), index=INDEX_ALIAS).filter(
        "terms", audience=list(query.audiences)
    )
    for name, value in query.filters.items():
        if not value:
            continue
        field = MULTI_VALUED.get(name, name)
        search = search.filter("term", **{field: fold(value) if name == "tag" else value})
    return search


def _text_query(query: Query):
    groups = query_groups(query.text)
    if not groups:
        return Q("match_all")
    # A word matches a term that starts with it (as on the database engine: `ecolabel`
    # finds `ecolabelled`); a whole-term match scores higher on top.
    must = [
        Q(
            "bool",
            should=[
                Q("match", title_terms={"query": " ".join(sorted(group)), "boost": 3}),
                Q("match", body_terms={"query": " ".join(sorted(group))}),
                *(Q("prefix", title_terms={"value": term, "boost": 1.5}) for term in group),
                *(Q("prefix", body_terms={"value": term, "boost": 0.5}) for term in group),
            ],
            minimum_should_match=1,
        )
        for group in groups
    ]
    should = []
    if len(groups) > 1:
        phrase = " ".join(terms(query.text))
        should = [
            Q("match_phrase", title_terms={"query": phrase, "boost": 5}),
            Q("match_phrase", body_terms={"query": phrase, "boost": 2}),
        ]
    return Q(
        "function_score",
        query=Q("bool", must=must, should=should),
        functions=[
            {
                "field_value_factor": {
                    "field": "boost",
                    "modifier": "log1p",
                    "factor": 0.1,
                    "missing": 0,
                },
                "weight": 0.2,
            },
            {"gauss": {"date": {"origin": "now", "scale": "730d", "decay": 0.5}}, "weight": 1},
        ],
        score_mode="sum",
        boost_mode="multiply",
    )


def search(query: Query) -> Results:
    search = _filtered(query).query(_text_query(query))
    if query.sort == "date":
        search = search.sort("-date")
    start = (query.page - 1) * query.page_size
    search = search[start : start + query.page_size]
    for name in FACETS:
        search.aggs.bucket(name, "terms", field=MULTI_VALUED.get(name, name), size=20)
    search = search.source(excludes=["title_terms", "body_terms", "title_folded"])
    response = search.execute()
    hits = [
        Hit(
            key=hit.meta.id,
            type=hit.type,
            title=hit.title,
            body=hit.body or "",
            url=hit.url,
            language=hit.language or "",
            country=hit.country or "",
            year=hit.year,
            date=_parse_date(hit.date),
            score=hit.meta.score or 0.0,
        )
        for hit in response
    ]
    facets = {
        name: [(str(b.key), b.doc_count) for b in getattr(response.aggregations, name).buckets]
        for name in FACETS
    }
    return Results(
        hits=hits, total=response.hits.total.value, facets=facets, engine="elasticsearch"
    )


def _parse_date(value):
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def autocomplete(text: str, audiences: tuple[str, ...], limit: int = 8) -> list[dict]:
    folded = fold(text).strip()
    if len(folded) < 2:
        return []
    search = (
        Search(using=client(), index=INDEX_ALIAS)
        .filter("terms", audience=list(audiences))
        .filter("term", suggest=True)
        .query("match_phrase_prefix", title_folded={"query": folded})
        .source(["title", "url", "type"])[:limit]
    )
    response = search.execute()
    return [{"title": h.title, "url": h.url, "type": h.type} for h in response]
