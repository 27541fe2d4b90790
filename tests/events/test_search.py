"""News and events are found by the site search; unpublished ones and minutes never."""

import pytest
from django.db import transaction

from search.query import Query
from search.selectors import search
from search.services import reindex
from tests.events.factories import event, news

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_engine(settings, monkeypatch):
    settings.ELASTICSEARCH_URL = ""
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def titles(text):
    return [hit.title for hit in search(Query(text=text)).hits]


def test_news_and_events_are_searchable_and_unpublished_ones_leave():
    item = news(1, title="Zemgale round table announced", summary="Quarterly meeting")
    page = event(1, title="Cleaning webinar", summary="Ecolabel cleaning products",
                 minutes="<p>Confidential budget figures</p>")  # fmt: skip
    reindex()
    assert titles("Quarterly meeting") == ["Zemgale round table announced"]
    assert titles("Ecolabel cleaning") == ["Cleaning webinar"]
    assert titles("Confidential budget") == []
    page.unpublish()
    assert titles("Ecolabel cleaning") == []
    item.unpublish()
    assert titles("Quarterly meeting") == []
