"""The database engine's own index: the stored vector (PostgreSQL), long bodies, facet counts
from one query, paging through ties, and index writes reaching cached pages at once."""

from datetime import UTC, datetime

import pytest
from django.db import connection

from kb_site import page_cache
from search.engines import database
from search.models import SearchEntry
from search.query import Query
from search.registry import Document
from tests.search.corpus import documents

pytestmark = pytest.mark.django_db


def doc(key: str, title: str, body: str = "", **fields) -> Document:
    fields.setdefault("date", datetime(2024, 5, 1, tzinfo=UTC))
    return Document(key=key, type="resource", title=title, body=body, url=f"/{key}/", **fields)


def keys(results) -> list[str]:
    return [hit.key for hit in results.hits]


def test_words_anywhere_in_a_long_body_match_also_past_the_ranked_part():
    filler = " ".join(f"filler{n}" for n in range(600))  # about 5,900 characters of terms
    assert len(filler) > database.RANKED_BODY
    database.index([
        doc("resource:1", "Lighting guide", f"{filler} xylophonist {filler} quetzalcoatl"),
        # A word across the cut: the stored terms' 3,000th character is inside it.
        doc("resource:2", "Another guide", "ab " * 996 + "marimbaplayer"),
    ])  # fmt: skip
    assert keys(database.search(Query(text="xylophonist"))) == ["resource:1"]
    assert keys(database.search(Query(text="quetzalcoatl"))) == ["resource:1"]
    assert keys(database.search(Query(text="marimbaplayer"))) == ["resource:2"]
    assert keys(database.search(Query(text="marimba"))) == ["resource:2"]  # a word's start
    stored = SearchEntry.objects.get(key="resource:2").body_terms
    start = stored.index(" marimbaplayer")
    assert start < database.RANKED_BODY < start + len(" marimbaplayer")


def test_the_body_is_cut_between_two_terms():
    body = " " + "ab " * 1500
    head, tail = database._split_body(body)
    assert head + tail == body
    assert len(head) <= database.RANKED_BODY
    assert head.endswith("ab")
    assert tail.startswith(" ")
    assert database._split_body(" short body ") == (" short body ", "")


def test_on_postgresql_the_match_reads_the_stored_gin_indexed_vector():
    if connection.vendor != "postgresql":
        pytest.skip("the stored vector is PostgreSQL's (SQLite matches with LIKE)")
    database.index(documents())
    assert not SearchEntry.objects.filter(search_vector__isnull=True).exists()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_vector_gin'"
        )
        assert "gin (search_vector)" in cursor.fetchone()[0]
    sql = str(database._matching(Query(text="lighting"), [{"light"}]).query)
    assert "@@" in sql
    assert "LIKE" not in sql.upper()


def test_facets_count_every_facet_once_per_entry_from_one_query(django_assert_num_queries):
    database.index([
        doc("resource:1", "LED lamps", year=2023, country="LV", tags=["LED", "led"],
            product_groups=["road-lighting"]),
        doc("resource:2", "LED tubes", year=2023, country="EE", tags=["LED"],
            product_groups=["road-lighting", "office-buildings"], language="lv"),
        doc("resource:3", "LED private", year=2024, audience="members", tags=["LED"]),
    ])  # fmt: skip
    matches = database._matching(Query(text="led"), [{"led"}])
    with django_assert_num_queries(1):
        facets = database._facets(matches)
    assert facets["year"] == [("2023", 2)]  # the members' entry is not counted
    assert facets["tag"] == [("led", 2)]  # "LED" and "led" on one entry count once
    assert facets["product_group"] == [("road-lighting", 2), ("office-buildings", 1)]
    assert facets["country"] == [("EE", 1), ("LV", 1)]
    assert facets["language"] == [("lv", 1)]  # no language: no value
    assert facets["kind"] == []


def test_pages_through_equal_scores_never_repeat_or_skip_an_entry():
    same_day = datetime(2024, 5, 1, tzinfo=UTC)
    database.index([doc(f"resource:{n}", "Street lighting", date=same_day) for n in range(25)])
    for sort in ("relevance", "date"):
        seen = []
        for page in (1, 2, 3):
            results = database.search(Query(text="street lighting", sort=sort, page=page))
            assert results.total == 25
            seen += keys(results)
        assert sorted(seen) == sorted(f"resource:{n}" for n in range(25)), sort


def test_an_index_write_drops_cached_pages_and_fragments():
    before = page_cache.generation()
    database.index([doc("resource:1", "A brand new guide")])  # no row deleted, no signal
    assert page_cache.generation() != before
