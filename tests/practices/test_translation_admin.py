"""Editors translate pages in the admin with wagtail-localize; translations are reviewed."""

import html
import json
import re
from datetime import date

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, TranslationSource

from kb_site.taxonomy import ProductGroup
from practices.models import CaseStudyIndexPage
from practices.services import case_study_publish
from tests.members.factories import EditorFactory, ModeratorFactory
from tests.practices.helpers import strategy

pytestmark = pytest.mark.django_db


def case_study(**data):
    page, _ = case_study_publish(
        index=CaseStudyIndexPage.objects.get(locale__language_code="en"),
        slug="green-roofs",
        data={
            "title": "Green roofs for Riga schools",
            "summary": "Ten school roofs greened with native plants.",
            "country": "LV",
            "region": "Vidzeme",
            "currency": "EUR",
            "procedure": "open",
            "year": 2024,
            "results": "<p>Cooler classrooms.</p>",
            "lessons_learned": "<p>Ask the caretakers first.</p>",
            "other_criteria": "Native seed mixes",
            "impact_method": "Metered before and after.",
            **data,
        },
        product_groups=[ProductGroup.objects.get(slug="furniture")],
    )
    return page


def extracted(page) -> set[str]:
    source, _ = TranslationSource.get_or_create_from_instance(page)
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def test_only_the_prose_of_a_case_study_is_sent_for_translation():
    strings = extracted(case_study())
    assert strings == {
        "Green roofs for Riga schools",
        "green-roofs",
        "Ten school roofs greened with native plants.",
        "Cooler classrooms.",
        "Ask the caretakers first.",
        "Native seed mixes",
        "Metered before and after.",
    }
    # Place names, codes and figures are never strings to translate.
    assert not strings & {"Vidzeme", "EUR", "LV", "open", "2024"}


def test_a_strategy_sends_its_actions_titles_but_not_its_contact():
    page = strategy(
        actions=[{"title": "Train buyers", "description": "Two courses a year.",
                  "status": "planned", "target_date": date(2030, 1, 1)}],
    )  # fmt: skip
    page.contact_name = "Anna Bērziņa"
    page.save_revision().publish()
    strings = extracted(page)
    assert {"Strategy 1", "Strategy summary 1", "Greener tenders", "Train buyers"} <= strings
    assert "Two courses a year." in strings
    assert "Anna Bērziņa" not in strings


def lv_translation(page):
    from wagtail_localize.models import Translation

    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="lv"
    )


def submit_to_lv(client, page):
    lv = Locale.objects.get(language_code="lv")
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [lv.pk]})
    assert response.status_code == 302, response.content.decode()[:3000]
    return page.get_translation(lv).specific


def upload_po(client, translation, strings: dict[str, str]):
    """Download the translation's PO file, fill in `strings` as an agency would, upload it."""
    download = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    upload = SimpleUploadedFile(
        "lv.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    edit_url = f"/admin/pages/{translation.get_target_instance().pk}/edit/"
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302
    assert response["Location"] == edit_url
    return download


def editor_props(client, page) -> dict:
    """What the translation editor shows for `page`: its strings, as its React app gets them."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    match = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    )
    return json.loads(html.unescape(match.group(1)))


def refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with its "Sorry, you do not have
    permission" message on the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


LATVIAN = {"Green roofs for Riga schools": "Zaļie jumti Rīgas skolām", "green-roofs": "zalie-jumti"}


def test_an_editor_translates_a_case_study_and_a_moderator_approves_it(
    client, django_capture_on_commit_callbacks
):
    source = case_study()
    editor = EditorFactory()
    client.force_login(editor)
    assert client.get(f"/admin/localize/submit/page/{source.pk}/").status_code == 200
    target = submit_to_lv(client, source)
    assert not target.live  # a draft, though its source is live

    translation = lv_translation(source)
    download = upload_po(client, translation, LATVIAN)
    assert 'msgid "Ten school roofs greened with native plants."' in download.content.decode()
    segments = {
        s["source"]: s for s in editor_props(client, target)["segments"] if s["type"] == "string"
    }
    assert "Green roofs for Riga schools" in segments

    # The translation editor's "Publish" is refused to an editor: it would skip the review.
    with django_capture_on_commit_callbacks(execute=True):  # where a publish would happen
        response = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert refused(response)
    target.refresh_from_db()
    assert not target.live

    response = client.post(f"/admin/pages/{target.pk}/edit/", {"translation-submit": "1"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.live
    assert target.get_latest_revision().as_object().title == "Zaļie jumti Rīgas skolām"
    state = WorkflowState.objects.get(
        object_id=str(target.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.requested_by == editor

    client.force_login(ModeratorFactory())
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{target.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live
    assert target.title == "Zaļie jumti Rīgas skolām"
    client.logout()
    page = client.get(target.url)
    assert page.status_code == 200
    assert "Zaļie jumti Rīgas skolām" in page.content.decode()
    assert target.url.startswith("/lv/")
    assert "zalie-jumti" in target.url


def test_source_changes_reach_the_translation_editor_and_wait_for_review(
    client, django_capture_on_commit_callbacks
):
    source = case_study()
    client.force_login(EditorFactory())
    target = submit_to_lv(client, source)
    translation = lv_translation(source)
    upload_po(client, translation, LATVIAN)
    client.post(f"/admin/pages/{target.pk}/edit/", {"translation-submit": "1"})
    state = WorkflowState.objects.get(object_id=str(target.pk))
    state.current_task_state.approve(user=ModeratorFactory())
    target.refresh_from_db()
    assert target.live

    source.title = "Green roofs for Riga schools, phase two"
    source.save_revision().publish()

    update_url = f"/admin/localize/update/{translation.source_id}/"
    form = client.get(update_url)
    assert form.status_code == 200
    assert 'name="publish_translations"' not in form.content.decode()  # not for an editor
    # Even posted by hand, "publish immediately" does not publish an editor's update.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url, {"publish_translations": "on"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.title == "Zaļie jumti Rīgas skolām"
    assert not target.has_unpublished_changes

    sources = {
        s["source"] for s in editor_props(client, target)["segments"] if s["type"] == "string"
    }
    assert "Green roofs for Riga schools, phase two" in sources
    assert "Green roofs for Riga schools" not in sources

    # A draft of a live translation leaves the live page as it was until it is approved.
    upload_po(
        client, translation, {"Green roofs for Riga schools, phase two": "Zaļie jumti, otrā kārta"}
    )
    client.post(f"/admin/pages/{target.pk}/edit/", {"translation-submit": "1"})
    target.refresh_from_db()
    assert target.title == "Zaļie jumti Rīgas skolām"
    assert target.get_latest_revision().as_object().title == "Zaļie jumti, otrā kārta"
    client.logout()
    assert "Zaļie jumti Rīgas skolām" in client.get(target.url).content.decode()


def test_a_moderator_may_publish_a_translation_directly(client, django_capture_on_commit_callbacks):
    source = case_study()
    client.force_login(ModeratorFactory())
    target = submit_to_lv(client, source)
    translation = lv_translation(source)
    assert (
        'name="publish_translations"'
        in client.get(f"/admin/localize/update/{translation.source_id}/").content.decode()
    )
    upload_po(client, translation, LATVIAN)
    with django_capture_on_commit_callbacks(execute=True):  # it publishes on commit
        response = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live
    assert target.title == "Zaļie jumti Rīgas skolām"


def test_an_editor_cannot_turn_a_translation_into_a_live_alias(client):
    source = case_study()
    client.force_login(EditorFactory())
    target = submit_to_lv(client, source)
    response = client.post(f"/admin/localize/page/{target.pk}/convert_to_alias/")
    assert refused(response)
    target.refresh_from_db()
    assert not target.live
    assert target.alias_of_id is None


def test_members_without_an_admin_role_cannot_translate(client, user):
    source = case_study()
    client.force_login(user)
    response = client.get(f"/admin/localize/submit/page/{source.pk}/")
    assert response.status_code in (302, 403)
    assert not source.get_translations().exists()
