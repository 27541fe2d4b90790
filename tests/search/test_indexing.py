"""Content changes reach the index through tasks; a full rebuild swaps indexes without a gap."""

import pytest
from django.core.management import call_command

from search.engines import elastic
from search.models import SearchEntry
from search.query import Query
from search.selectors import search
from search.services import reindex
from tests.members.factories import OrganisationFactory
from tests.practices.helpers import resource

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def committed(monkeypatch):
    """Run on-commit callbacks (the index tasks) at once, as a committed transaction would."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def titles(text):
    return [hit.title for hit in search(Query(text=text)).hits]


def test_publishing_and_unpublishing_update_the_index(engine):
    page = resource(1)  # published through the service: Wagtail's publish signal
    assert titles("Resource summary") == ["Resource 1"]
    page.unpublish()
    assert titles("Resource summary") == []
    page.save_revision().publish()
    assert titles("Resource summary") == ["Resource 1"]
    page.delete()
    assert titles("Resource summary") == []


def test_a_hidden_organisation_leaves_the_index_and_takes_its_offers(engine):
    organisation = OrganisationFactory(name="Quietwater Cleaning SIA")
    assert titles("Quietwater") == ["Quietwater Cleaning SIA"]
    organisation.is_public = False
    organisation.save()
    assert titles("Quietwater") == []


def test_reindex_rebuilds_everything_with_a_progress_bar(engine, capsys):
    resource(1)
    OrganisationFactory(name="Amberline Energy")
    SearchEntry.objects.all().delete()
    if engine == "elasticsearch":
        elastic.client().indices.delete(index=list(elastic.client().indices.get(
            index=f"{elastic.INDEX_ALIAS}-*")))  # fmt: skip
    call_command("search_reindex")
    out = capsys.readouterr()
    assert "Search index rebuilt" in out.out
    assert "search_reindex" in out.err  # tqdm's bar
    assert titles("Amberline") == ["Amberline Energy"]
    assert titles("Resource summary") == ["Resource 1"]


@pytest.mark.services
@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)  # the alias swap is ES's
def test_search_keeps_answering_from_the_old_index_during_a_rebuild(engine):
    resource(1)
    reindex()
    seen_during = []

    def batches():
        from search.services import all_documents

        for batch in all_documents():
            seen_during.append(titles("Resource summary"))
            yield batch

    elastic.rebuild(batches())
    assert seen_during
    assert all(seen == ["Resource 1"] for seen in seen_during)
    assert titles("Resource summary") == ["Resource 1"]
    assert len(elastic.client().indices.get_alias(name=elastic.INDEX_ALIAS)) == 1
