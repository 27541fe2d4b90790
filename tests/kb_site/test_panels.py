"""Later apps add panels to earlier apps' pages, and the forum supplies "discuss" links."""

import copy

import pytest

from kb_site import discussion, panels
from tests.members.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def clean_slot(monkeypatch):
    monkeypatch.setitem(panels._panels, "organisation", dict(panels._panels["organisation"]))


def test_a_registered_panel_shows_on_the_organisation_page(client, clean_slot, tmp_path, settings):
    (tmp_path / "panel.html").write_text("<p>Panel for {{ object.name }}: {{ count }}</p>")
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], tmp_path]
    settings.TEMPLATES = templates  # assigned, so Django rebuilds its template engines
    panels.register_panel(
        "organisation", key="test", template="panel.html", context=lambda r, o: {"count": 3}
    )
    organisation = OrganisationFactory(name="Vidzeme planning region")

    response = client.get(f"/en/organisations/{organisation.slug}/")

    assert "Panel for Vidzeme planning region: 3" in response.content.decode()


def test_a_panel_returning_none_is_hidden(rf, clean_slot):
    panels.register_panel("organisation", key="test", template="x.html", context=lambda r, o: None)
    panels.register_panel("organisation", key="shown", template="y.html", context=lambda r, o: {})
    templates = [t for t, _ in panels.panels_for("organisation", rf.get("/"), None)]
    assert "x.html" not in templates
    assert "y.html" in templates


def test_an_unknown_slot_is_refused():
    with pytest.raises(KeyError):
        panels.register_panel("sidebar", key="x", template="x.html", context=lambda r, o: {})


def test_without_a_provider_there_is_no_discussion_link(monkeypatch):
    monkeypatch.setattr(discussion, "_provider", None)
    assert discussion.discussion_url(object()) is None
    monkeypatch.setattr(discussion, "_provider", lambda obj: "/forum/discuss/1/")
    assert discussion.discussion_url(object()) == "/forum/discuss/1/"
