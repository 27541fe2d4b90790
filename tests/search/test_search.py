"""Search as a reader meets it, on both engines: permissions, facets, autocomplete, the
results page, and falling back to the database when Elasticsearch is down."""

import pytest

from search.engines import database, elastic
from search.query import Query
from search.selectors import autocomplete, search
from tests.members.factories import UserFactory, WorkingGroupMemberFactory
from tests.search.corpus import documents

pytestmark = pytest.mark.django_db
PRIVATE_WORD = "zebrafinch"  # only in a working group's private thread
MEMBERS_WORD = "quokkarhythm"  # only in a members-only thread


@pytest.fixture
def corpus(engine):
    docs = documents()
    database.index(docs)
    if engine == "elasticsearch":
        elastic.index(docs)
    return engine


def keys(results):
    return [hit.key for hit in results.hits]


def test_private_words_never_reach_outsiders_in_results_facets_or_autocomplete(corpus):
    public = Query(text=PRIVATE_WORD)
    assert search(public).total == 0
    assert all(value != "thread" for value, _ in search(Query(text="bus")).facets["type"])
    assert autocomplete("private round", ("public",)) == []
    members = ("public", "members")
    assert search(Query(text=PRIVATE_WORD, audiences=members)).total == 0
    assert keys(search(Query(text=MEMBERS_WORD, audiences=members))) == ["thread:2"]
    group = ("public", "members", "group:1")
    assert keys(search(Query(text=PRIVATE_WORD, audiences=group))) == ["thread:1"]
    other_group = ("public", "members", "group:2")
    assert search(Query(text=PRIVATE_WORD, audiences=other_group)).total == 0


def test_facets_count_what_matches_and_filters_narrow(corpus):
    results = search(Query(text="LED"))
    facets = {name: dict(values) for name, values in results.facets.items()}
    assert facets["country"] == {"LV": 2}
    assert facets["language"] == {"en": 2, "lv": 1}
    assert facets["type"] == {"case_study": 2, "resource": 1}
    assert facets["product_group"] == {"road-lighting": 3}
    narrowed = search(Query(text="LED", filters={"language": "lv"}))
    assert keys(narrowed) == ["case_study:2"]
    assert keys(search(Query(text="LED", filters={"type": "resource"}))) == ["resource:1"]
    assert search(Query(text="", filters={"tag": "organic"})).total == 1


def test_sorting_by_date_and_paging(corpus):
    newest = search(Query(text="", sort="date", page_size=3))
    dates = [hit.date for hit in newest.hits]
    assert dates == sorted(dates, reverse=True)
    second = search(Query(text="", sort="date", page=2, page_size=3))
    assert not set(keys(newest)) & set(keys(second))
    assert newest.total == second.total == 19  # every public document


def test_autocomplete_suggests_titles_from_two_letters(corpus):
    assert autocomplete("l", ("public",)) == []
    titles = [s["title"] for s in autocomplete("mebe", ("public",))]
    assert "Atjaunotas biroja mēbeles" in titles or "Furniture / Mēbeles" in titles
    titles = [s["title"] for s in autocomplete("zemgale", ("public",))]
    assert titles == ["Zemgale Regional Energy Agency"]


def test_results_page_shows_highlighted_snippets_facets_and_the_notice_free_path(client, corpus):
    html = client.get("/en/search/?q=energoefektivitate").content.decode()
    assert "<mark>energoefektivitāte" in html
    assert "Narrow down" in html
    assert "results" in html
    assert "database search" not in html  # no fallback notice when the engine answers


def test_empty_results_suggest_a_spelling_and_popular_case_studies(client, corpus):
    html = client.get("/en/search/?q=furnitrue").content.decode()
    assert "Did you mean" in html
    assert "furniture" in html
    assert "Nothing matches all of these words" in html


PRIVATE_TITLE = "Private round table notes"
MEMBERS_TITLE = "Members-only thread about catering"


def test_outsiders_never_see_private_words_on_the_page_or_in_autocomplete(client, corpus):
    assert PRIVATE_TITLE not in client.get(f"/en/search/?q={PRIVATE_WORD}").content.decode()
    assert MEMBERS_TITLE not in client.get(f"/en/search/?q={MEMBERS_WORD}").content.decode()
    client.force_login(UserFactory())
    assert PRIVATE_TITLE not in client.get(f"/en/search/?q={PRIVATE_WORD}").content.decode()
    assert MEMBERS_TITLE in client.get(f"/en/search/?q={MEMBERS_WORD}").content.decode()
    assert client.get("/en/search/autocomplete/?q=private").json() == {"suggestions": []}


def test_a_working_group_member_finds_the_groups_thread(client, corpus):
    seat = WorkingGroupMemberFactory()
    docs = [d for d in documents() if d.key == "thread:1"]
    docs[0].audience = f"group:{seat.group_id}"
    database.index(docs)
    if corpus == "elasticsearch":
        elastic.index(docs)
    client.force_login(seat.user)
    assert PRIVATE_TITLE in client.get(f"/en/search/?q={PRIVATE_WORD}").content.decode()


def test_the_search_page_runs_a_fixed_number_of_queries(
    client, corpus, django_assert_max_num_queries
):
    client.get("/en/search/?q=lighting")
    with django_assert_max_num_queries(5) as small:
        client.get("/en/search/?q=lighting&country=LV")
    database.index(documents() * 1)  # same documents again: no growth in queries
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/en/search/?q=lighting&country=LV")


@pytest.mark.parametrize("engine", ["database"], indirect=True)
def test_without_elasticsearch_running_search_falls_back_with_a_notice(
    client, engine, settings, monkeypatch, caplog
):
    database.index(documents())
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    monkeypatch.setattr(elastic, "_client", None)
    monkeypatch.setattr(elastic, "TIMEOUT", 1)
    response = client.get("/en/search/?q=street+lighting")
    assert response.status_code == 200
    html = response.content.decode()
    assert "database search" in html
    assert "dimming in Jelgava" in html
    assert any("Elasticsearch failed" in record.message for record in caplog.records)
    assert client.get("/en/search/autocomplete/?q=led").status_code == 200
    monkeypatch.setattr(elastic, "_client", None)
