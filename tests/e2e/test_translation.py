"""A case study translated into Latvian in the admin, reviewed, and read in Latvian."""

import re

import pytest
from playwright.sync_api import expect

from kb_site.taxonomy import ProductGroup
from practices.models import CaseStudyIndexPage
from practices.services import case_study_publish
from tests.members.factories import EditorFactory, ModeratorFactory

TITLE = "Green roofs for Riga schools"
LATVIAN_TITLE = "Zaļie jumti Rīgas skolām"


@pytest.fixture
def open_as(browser, live_server, password):
    """open_as(user or None): a page in a browser context of its own, logged in (through the
    site's log-in page) as `user`."""
    contexts = []

    def open_as(user):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        contexts.append(context)
        context.set_default_timeout(15_000)
        page = context.new_page()
        if user is not None:
            page.goto("/en/accounts/login/")
            page.get_by_label("Email").fill(user.email)
            page.locator("#id_password").fill(password)
            page.get_by_role("button", name="Log in").click()
            expect(page.get_by_role("button", name="Log out").first).to_be_attached()
        return page

    yield open_as
    for context in contexts:
        context.close()


def test_editor_translates_moderator_approves_visitor_reads_latvian(open_as, password):
    source, _ = case_study_publish(
        index=CaseStudyIndexPage.objects.get(locale__language_code="en"),
        slug="green-roofs",
        data={
            "title": TITLE,
            "summary": "Ten school roofs greened with native plants.",
            "country": "LV",
            "procedure": "open",
            "year": 2024,
        },
        product_groups=[ProductGroup.objects.get(slug="furniture")],
    )

    # The editor asks for a Latvian translation from the page's actions in the admin.
    editor = open_as(EditorFactory(password=password))
    editor.goto(f"/admin/pages/{source.pk}/edit/")
    editor.get_by_role("button", name="Actions").first.click()
    editor.get_by_role("link", name="Translate this page").click()
    editor.get_by_role("checkbox", name="Latviešu").check()
    editor.get_by_role("button", name="Submit").click()

    # The translation editor: a Latvian title, then the draft goes to review.
    expect(editor.get_by_text("Latviešu").first).to_be_visible()
    # Each string is a list item with its source text, after the page's header: the last item
    # with the title's text is the title's own.
    title = editor.locator("li", has_text=TITLE).last
    title.get_by_role("button", name="Translate").click()
    title.get_by_role("textbox").fill(LATVIAN_TITLE)
    title.get_by_role("button", name="Save").click()
    expect(title.get_by_text(LATVIAN_TITLE)).to_be_visible()
    editor.get_by_role("button", name="Submit for moderation").click()
    expect(editor.get_by_text("has been submitted for moderation")).to_be_visible()
    target = source.get_translation(source.get_translations().get().locale).specific
    assert not target.live

    # A moderator approves it from the dashboard, which publishes it.
    moderator = open_as(ModeratorFactory(password=password))
    moderator.goto("/admin/")
    row = moderator.locator("tr", has=moderator.get_by_role("link", name=LATVIAN_TITLE))
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(moderator.get_by_role("link", name=LATVIAN_TITLE)).to_have_count(0)
    target.refresh_from_db()
    assert target.live

    # A visitor on the English page switches to Latvian and back.
    visitor = open_as(None)
    visitor.goto(source.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    visitor.get_by_role("navigation", name="Language").get_by_role("link", name="Latviešu").click()
    expect(visitor).to_have_url(re.compile(r"/lv/"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(LATVIAN_TITLE)
    expect(visitor.locator("html")).to_have_attribute("lang", "lv")
    visitor.get_by_role("navigation", name="Valoda").get_by_role("link", name="English").click()
    expect(visitor).to_have_url(re.compile(rf"{re.escape(source.url)}$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
