"""An unreachable database gives a 503 that says to come back soon; any other error a 500.
The real thing, PostgreSQL stopped under load, is tests/services/test_database_restart.py."""

import pytest
from django.test import Client


@pytest.fixture
def client(settings):
    settings.ROOT_URLCONF = "tests.kb_site.error_urls"
    return Client(raise_request_exception=False)


def test_database_down_answers_503_with_retry_after_in_both_languages(client):
    response = client.get("/database-down/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "GPP Commons is back in a moment" in html
    assert "GPP Commons tūlīt būs atpakaļ" in html


def test_other_errors_answer_500(client):
    response = client.get("/bug/")
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Something went wrong on our side" in response.content.decode()
