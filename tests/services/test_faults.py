"""Faults against the real services: Elasticsearch hangs (SIGSTOP on the server that
`make test-services` started), search answers from the database with a notice and no error
page, and uses Elasticsearch again once it is back (SIGCONT)."""

import os
import signal
import time
from pathlib import Path

import pytest

from search.engines import elastic
from search.services import reindex
from tests.practices.helpers import bulk_case_studies

pytestmark = [pytest.mark.services, pytest.mark.django_db]
PIDFILE = Path(__file__).resolve().parents[2] / "var/services/es-run/es.pid"


@pytest.fixture
def running_elasticsearch(settings, monkeypatch):
    url = os.environ.get("ELASTICSEARCH_URL", "")
    if not url or not PIDFILE.exists():
        pytest.skip("needs the Elasticsearch that make test-services starts (var/services)")
    settings.ELASTICSEARCH_URL = url
    monkeypatch.setattr(elastic, "INDEX_ALIAS", "gpp-test-faults")
    monkeypatch.setattr(elastic, "_client", None)
    monkeypatch.setattr(elastic, "TIMEOUT", 15)  # a busy CI machine is slow; a hang is not
    yield int(PIDFILE.read_text())
    client = elastic.client()
    names = list(client.indices.get(index="gpp-test-faults-*", allow_no_indices=True))
    if names:
        client.indices.delete(index=",".join(names))


def answering_client(seconds: float) -> None:
    """A new client once the resumed server answers again (the JVM can be slow to)."""
    deadline = time.monotonic() + seconds
    while True:
        elastic._client = None
        try:
            elastic.client().count(index=elastic.INDEX_ALIAS)  # what search itself asks of it
            return
        except Exception as error:  # not back yet: any failure means "wait"
            last = error
        if time.monotonic() > deadline:
            pytest.fail(f"Elasticsearch did not answer within {seconds} s of SIGCONT: {last!r}")
        time.sleep(0.5)


def test_a_hung_elasticsearch_falls_back_and_recovers(
    client, running_elasticsearch, caplog, monkeypatch
):
    bulk_case_studies(3)
    reindex()
    assert "database search" not in client.get("/en/search/?q=bulk").content.decode()

    os.kill(running_elasticsearch, signal.SIGSTOP)
    monkeypatch.setattr(elastic, "TIMEOUT", 1)  # what the test waits for the hung server
    elastic._client = None
    try:
        response = client.get("/en/search/?q=bulk")
        assert response.status_code == 200
        html = response.content.decode()
        assert "database search" in html  # the notice
        assert "case study 1" in html  # the title, its matched word marked
        assert client.get("/en/search/autocomplete/?q=bu").status_code == 200
        assert any("Elasticsearch failed" in r.message for r in caplog.records)
    finally:
        os.kill(running_elasticsearch, signal.SIGCONT)
        monkeypatch.setattr(elastic, "TIMEOUT", 15)

    answering_client(30)
    back = client.get("/en/search/?q=bulk").content.decode()
    assert "database search" not in back
    assert "case study 1" in back
