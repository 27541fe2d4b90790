"""Every search behaviour test runs on both engines: the database (always) and
Elasticsearch (marked `services`: it needs ELASTICSEARCH_URL, which `make test-services`
starts; without it the test skips locally and fails in CI)."""

import os
import uuid

import pytest

from search.engines import elastic

ENGINES = [
    "database",
    pytest.param("elasticsearch", marks=pytest.mark.services),
]


@pytest.fixture(params=ENGINES)
def engine(request, settings, monkeypatch):
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        yield "database"
        return
    url = os.environ.get("ELASTICSEARCH_URL", "")
    if not url:
        pytest.skip("ELASTICSEARCH_URL is not set (make test-services starts Elasticsearch)")
    settings.ELASTICSEARCH_URL = url
    # A private alias per test, so tests never see each other's documents.
    alias = f"gpp-test-{uuid.uuid4().hex[:10]}"
    monkeypatch.setattr(elastic, "INDEX_ALIAS", alias)
    monkeypatch.setattr(elastic, "_client", None)
    # A busy CI machine can take longer than production's 3 s; a test must not pass on the
    # database engine answering instead.
    monkeypatch.setattr(elastic, "TIMEOUT", 15)
    yield "elasticsearch"
    client = elastic.client()
    names = list(client.indices.get(index=f"{alias}-*", allow_no_indices=True))
    if names:
        client.indices.delete(index=",".join(names))
    monkeypatch.setattr(elastic, "_client", None)
