"""Editors write case studies; moderators approve them before anyone else sees them."""

import pytest
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kb_site.taxonomy import ProductGroup
from practices.models import CaseStudyIndexPage, CaseStudyPage
from tests.members.factories import EditorFactory, ModeratorFactory

pytestmark = pytest.mark.django_db


def form(**changes):
    data = {
        "title": "Green roofs for Riga schools",
        "slug": "green-roofs",
        "summary": "Ten school roofs greened with native plants.",
        "kind": "good",
        "procedure": "open",
        "year": 2024,
        "country": "LV",
        "region": "Rīga",
        "currency": "EUR",
        "results": rich_text("<p>Cooler classrooms.</p>"),
        "lessons_learned": rich_text(""),
        "body": streamfield([]),
        "documents": inline_formset([]),
        "co2_tonnes_per_year": "12.5",
        **changes,
    }
    flat = nested_form_data(data)
    # A many-to-many field posts a list under one name, which nested_form_data would flatten.
    flat["product_groups"] = [ProductGroup.objects.get(slug="office-buildings").pk]
    return flat


def add_url():
    index = CaseStudyIndexPage.objects.get(locale__language_code="en")
    return f"/admin/pages/add/practices/casestudypage/{index.pk}/"


def test_editor_submits_and_a_moderator_approves(client):
    client.force_login(EditorFactory())
    response = client.post(add_url(), {**form(), "action-submit": "submit"})
    assert response.status_code == 302, response.content.decode()[:2000]
    page = CaseStudyPage.objects.get(slug="green-roofs")
    assert not page.live  # waiting for review
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get("/en/case-studies/green-roofs/").status_code == 404

    # An editor's "publish" is not honoured: the page stays in review.
    client.post(f"/admin/pages/{page.pk}/edit/", {**form(), "action-publish": "publish"})
    page.refresh_from_db()
    assert not page.live

    client.force_login(ModeratorFactory())
    task_state = state.current_task_state
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**form(), "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    page.refresh_from_db()
    task_state.refresh_from_db()
    assert page.live, task_state.status
    assert "Green roofs for Riga schools" in client.get("/en/case-studies/").content.decode()


def test_a_negative_impact_is_refused_in_the_admin_and_the_rest_kept(client):
    client.force_login(EditorFactory())
    response = client.post(add_url(), form(co2_tonnes_per_year="-3"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "greater than or equal to 0" in html
    assert "Ten school roofs greened with native plants." in html
    assert not CaseStudyPage.objects.filter(slug="green-roofs").exists()
