"""Names with a column per language (django-modeltranslation) are found in either language."""

import pytest
from django.utils import translation

from search.services import reindex
from tests.members.factories import CriterionFactory, WorkingGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A request to /lv/ leaves Latvian active in this thread: later tests expect English."""
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _database_engine(settings):
    settings.ELASTICSEARCH_URL = ""


def test_a_latvian_search_finds_a_working_group_by_its_latvian_name(client):
    group = WorkingGroupFactory(
        name_en="Zemgale GPP working group", name_lv="Zemgales zaļā iepirkuma darba grupa"
    )
    reindex()
    html = client.get("/lv/search/", {"q": "zaļā iepirkuma darba grupa"}).content.decode()
    assert f'href="/lv/working-groups/{group.slug}/"' in html
    html = client.get("/en/search/", {"q": "Zemgale working group"}).content.decode()
    assert f'href="/en/working-groups/{group.slug}/"' in html


def test_a_criterion_is_found_by_its_latvian_text_and_the_facet_names_the_group_in_latvian(
    client,
):
    CriterionFactory(text_en="Wood from legal sources.", text_lv="Koksne no likumīgiem avotiem.")
    reindex()
    html = client.get("/lv/search/", {"q": "likumīgiem avotiem"}).content.decode()
    assert 'href="/lv/practices/product-groups/furniture/"' in html
    assert "Mēbeles" in html  # the product-group facet, in Latvian
