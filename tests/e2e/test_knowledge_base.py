"""The knowledge base in the browser: a case study from the editor's draft to the visitor."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from practices.models import CaseStudyIndexPage, CaseStudyPage
from tests.members.factories import EditorFactory, ModeratorFactory

TITLE = "Timber frame offices in Valmiera"


@pytest.fixture
def open_as(browser, live_server):
    """open_as(user or None) gives a page in its own browser context (its own cookies)."""
    contexts = []

    def open_as(user):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        contexts.append(context)
        context.set_default_timeout(10_000)
        if user is not None:
            client = Client()
            client.force_login(user)
            context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME,
                  "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                  "url": live_server.url}]
            )  # fmt: skip
        return context.new_page()

    yield open_as
    for context in contexts:
        context.close()


def show_more_actions(page, button):
    """Wagtail's footer keeps all but its first action in a dropdown."""
    if not button.is_visible():
        page.locator("footer").get_by_role("button", name="More actions").click()
    return button


def test_editor_submits_moderator_approves_visitor_filters_and_impact_grows(open_as):
    """An editor creates a case study in the Wagtail admin and submits it for moderation, a
    moderator approves it, a visitor finds it through the index filters and the impact
    dashboard's total changes."""
    assert not CaseStudyPage.objects.exists()  # so the impact total is this case study's alone
    index = CaseStudyIndexPage.objects.get(locale__language_code="en")
    visitor = open_as(None)
    visitor.goto("/en/practices/impact/")
    totals = visitor.get_by_role("list", name="Totals")
    expect(totals.get_by_role("listitem").first).to_have_text(re.compile(r"^\s*0\s+tCO2e"))

    # The editor writes the case study and submits it for review.
    editor = open_as(EditorFactory())
    editor.goto(f"/admin/pages/add/practices/casestudypage/{index.pk}/")
    editor.get_by_role("textbox", name="Title*").fill(TITLE)
    editor.get_by_role("textbox", name="Summary*").fill(
        "A new office block framed in local timber."
    )
    editor.get_by_role("combobox", name="Practice*").select_option(label="Good practice")
    editor.get_by_role("combobox", name="Procedure*").select_option(label="Open procedure")
    editor.get_by_role("spinbutton", name="Year*").fill("2024")
    editor.get_by_role("combobox", name="Country*").select_option(label="Latvia")
    editor.get_by_role("listbox", name="Product groups*").select_option(label="Office buildings")
    editor.get_by_role("spinbutton", name=re.compile("tCO2e avoided", re.I)).fill("777")
    submit = editor.locator("footer button[name=action-submit]")
    expect(submit).to_have_text("Submit to Moderators approval")
    show_more_actions(editor, submit).click()
    expect(editor).to_have_url(re.compile(rf"/admin/pages/{index.pk}/$"))
    study = CaseStudyPage.objects.get(title=TITLE)
    assert not study.live
    assert study.current_workflow_state.status == "in_progress"
    assert visitor.goto(f"/en/case-studies/{study.slug}/").status == 404

    # A moderator approves it from the edit page, which publishes it.
    moderator = open_as(ModeratorFactory())
    moderator.goto(f"/admin/pages/{study.pk}/edit/")
    approve = moderator.locator("footer").get_by_role(
        "button", name="Approve and Publish", exact=True
    )
    show_more_actions(moderator, approve).click()
    expect(moderator).not_to_have_url(re.compile(r"/edit/$"))
    study.refresh_from_db()
    assert study.live

    # A visitor finds it through the index's filters and sees it in the impact totals.
    # Each choice says how many it would list; a country with none is not offered.
    visitor.goto("/en/case-studies/")
    filters = visitor.get_by_role("search", name="Filter case studies")
    expect(filters.get_by_label("Country").locator("option", has_text="Estonia")).to_have_count(0)
    visitor.goto("/en/case-studies/?country=EE")  # an old link still answers, and says so
    expect(visitor.get_by_text("No case study matches these filters.")).to_be_visible()
    expect(visitor.get_by_role("link", name=TITLE)).to_have_count(0)
    expect(filters.get_by_label("Country")).to_have_value("EE")

    visitor.goto("/en/case-studies/")
    filters.get_by_label("Country").select_option(label="Latvia (1)")
    filters.get_by_label("Product group").select_option(label="Office buildings (1)")
    filters.get_by_role("button", name="Filter", exact=True).click()
    expect(visitor).to_have_url(re.compile(r"country=LV"))
    expect(visitor).to_have_url(re.compile(r"product_group=office-buildings"))
    expect(visitor.get_by_text("1 case study found.")).to_be_visible()
    visitor.get_by_role("link", name=TITLE).click()
    expect(visitor).to_have_url(re.compile(rf"/en/case-studies/{study.slug}/$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)

    visitor.goto("/en/practices/impact/")
    expect(totals.get_by_role("listitem").first).to_have_text(re.compile(r"^\s*777\s+tCO2e"))
    expect(totals.get_by_role("listitem").last).to_have_text(re.compile(r"^\s*1\s+case stud"))
