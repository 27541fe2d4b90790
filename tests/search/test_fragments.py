"""The results below the search form are a cached fragment on the database engine, shared by
readers with the same audiences only: a second view skips the search, an index write shows at
once, and no reader ever gets the results of another audience."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from search.engines import database, elastic
from search.query import Results
from search.registry import Document
from tests.members.factories import WorkingGroupMemberFactory, logged_in
from tests.search.corpus import documents

pytestmark = pytest.mark.django_db
URL = "/en/search/?q=street+lighting"
PRIVATE_URL = "/en/search/?q=bus"  # public case studies, and the group's thread
PRIVATE_TITLE = "Private round table notes"
MEMBERS_URL = "/en/search/?q=catering"
MEMBERS_TITLE = "Members-only thread about"  # "catering" is highlighted


@pytest.fixture(autouse=True)
def corpus(fragments, settings):
    settings.ELASTICSEARCH_URL = ""
    database.index(documents())


def search_queries(queries) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if "search_search" in q["sql"]]


def test_a_second_visitor_gets_the_results_without_a_search():
    first = Client().get(URL).content.decode()
    assert "dimming in Jelgava" in first
    with CaptureQueriesContext(connection) as warm:
        second = Client().get(URL).content.decode()
    assert search_queries(warm) == []
    assert len(warm) == 0  # a visitor's page needs no other query either
    assert second == first


def test_each_query_string_and_language_has_its_own_fragment():
    Client().get(URL)
    by_date = Client().get(URL + "&sort=date").content.decode()
    assert "<strong>Newest first</strong>" in by_date
    filtered = Client().get(URL + "&language=lv").content.decode()
    assert "dimming in Jelgava" not in filtered
    assert "ar regulēšanu Jelgavā" in filtered
    with translation.override("lv"):
        narrow_down = translation.gettext("Narrow down")
    assert narrow_down != "Narrow down"
    assert narrow_down in Client().get(URL.replace("/en/", "/lv/")).content.decode()


def test_a_new_document_shows_at_once():
    Client().get(URL)
    handbook = Document(key="resource:99", type="resource", url="/r/99/", date=timezone.now(),
                        title="Handbook: street lighting retrofits for small towns")  # fmt: skip
    database.index([handbook])
    assert "retrofits for small towns" in Client().get(URL).content.decode()


# Every reader logs in before the first search: a login is a write, which would empty the
# cache and hide a fragment shared by mistake.


def test_a_groups_results_never_reach_another_audience():
    seat = WorkingGroupMemberFactory()
    thread = next(d for d in documents() if d.key == "thread:1")
    thread.audience = f"group:{seat.group_id}"
    database.index([thread])
    insider, outsiders = logged_in(seat.user), [Client(), logged_in()]
    assert PRIVATE_TITLE in insider.get(PRIVATE_URL).content.decode()  # cached first
    for outsider in outsiders:
        page = outsider.get(PRIVATE_URL).content.decode()
        assert "Tallinn" in page  # the public results are there...
        assert PRIVATE_TITLE not in page  # ...the group's thread is not
    assert PRIVATE_TITLE in insider.get(PRIVATE_URL).content.decode()


def test_members_results_never_reach_visitors():
    reader = logged_in()
    assert MEMBERS_TITLE in reader.get(MEMBERS_URL).content.decode()
    assert MEMBERS_TITLE not in Client().get(MEMBERS_URL).content.decode()
    assert MEMBERS_TITLE in reader.get(MEMBERS_URL).content.decode()


def test_members_of_the_same_groups_share_the_fragment():
    seat = WorkingGroupMemberFactory()
    colleague = WorkingGroupMemberFactory(group=seat.group)
    first, second, groupless = logged_in(seat.user), logged_in(colleague.user), logged_in()
    first.get(URL)
    with CaptureQueriesContext(connection) as warm:
        assert "dimming in Jelgava" in second.get(URL).content.decode()
    assert search_queries(warm) == []
    with CaptureQueriesContext(connection) as other:
        groupless.get(URL)  # no group: another audience, its own search
    assert search_queries(other)


def test_elasticsearch_results_are_never_kept(settings, monkeypatch):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    answers = []

    def fake_search(query):
        answers.append(query)
        return Results(hits=[], total=0, facets={}, engine="elasticsearch")

    monkeypatch.setattr(elastic, "search", fake_search)
    Client().get(URL)
    Client().get(URL)
    assert len(answers) == 2
