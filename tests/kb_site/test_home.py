"""What a visitor sees first, in both languages, and what an editor can change."""

import pytest
from django.template.loader import render_to_string
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text

from kb_site.models import HomePage
from kb_site.sections import home_sections
from tests.members.factories import EditorFactory, ModeratorFactory

pytestmark = pytest.mark.django_db


def test_root_sends_visitors_to_their_language(client):
    assert client.get("/")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="lv,en;q=0.5")["Location"] == "/lv/"


@pytest.mark.parametrize(
    ("language", "title", "section", "signup"),
    [
        ("en", "Green public procurement, shared", "Supplier catalogue", "Sign up"),
        ("lv", "Zaļais publiskais iepirkums — kopīgi", "Piegādātāju katalogs", "Reģistrēties"),
    ],
)
def test_home_page_explains_the_site_in_each_language(client, language, title, section, signup):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert title in html
    assert section in html
    assert signup in html
    assert f'href="/{language}/accounts/login/"' in html
    assert 'class="skip-link" href="#main"' in html


def test_every_area_is_listed_and_unbuilt_ones_say_coming_soon(client):
    html = client.get("/en/").content.decode()
    for area in [
        "Good practices",
        "Forum and helpdesk",
        "Organisations and working groups",
        "Supplier catalogue",
        "Events and webinars",
        "Search",
    ]:
        assert area in html
    sections = home_sections()
    assert html.count("Coming soon") == len([s for s in sections if s["url"] is None])
    for section in sections:
        if section["url"]:
            assert f'<a href="{section["url"]}">{section["title"]}</a>' in html


def test_language_switcher_keeps_the_current_page(client):
    html = client.get("/en/accounts/login/?next=/en/").content.decode()
    assert 'href="/lv/accounts/login/?next=/en/"' in html
    html = client.get("/lv/").content.decode()
    assert 'href="/en/" lang="en" hreflang="en"' in " ".join(html.split())


# The page itself takes 6 queries; each app's home panel (kb_site.panels) adds its own few:
# practices 3 (newest case studies, their product groups, impact totals); forum 1 (latest
# public threads); events 3 (private sections, newest news, upcoming events).
HOME_QUERY_BUDGET = 6 + 3 + 1 + 3


def test_home_page_query_count_is_small(client, django_assert_max_num_queries):
    client.get("/en/")  # warm Wagtail's site and locale caches
    with django_assert_max_num_queries(HOME_QUERY_BUDGET):
        client.get("/en/")


def test_not_found_page_is_friendly_in_each_language(client):
    english = client.get("/en/no-such-page/")
    latvian = client.get("/lv/no-such-page/")
    assert english.status_code == latvian.status_code == 404
    assert "We could not find that page" in english.content.decode()
    assert "Mēs nevarējām atrast šo lapu" in latvian.content.decode()


def test_server_error_page_renders_without_a_request_in_both_languages():
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert "Mūsu pusē radās kļūda" in html


def _edit_form(page: HomePage, **changes) -> dict:
    values = {"title": page.title, "slug": page.slug, "lead": page.lead, **changes}
    return nested_form_data({**values, "intro": rich_text("<p>Updated intro.</p>")})


def test_editor_edits_the_home_page_and_a_moderator_publishes_it(client):
    home = HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
    client.force_login(EditorFactory())
    assert client.get("/admin/").status_code == 200
    edit_url = f"/admin/pages/{home.pk}/edit/"
    assert client.get(edit_url).status_code == 200

    response = client.post(edit_url, _edit_form(home, lead="A lead written by the editor."))
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.get_latest_revision_as_object().lead == "A lead written by the editor."
    assert home.lead != "A lead written by the editor."  # a draft until reviewed

    client.force_login(ModeratorFactory())
    client.post(
        edit_url,
        {**_edit_form(home, lead="A lead written by the editor."), "action-publish": "publish"},
    )
    assert "A lead written by the editor." in client.get("/en/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in_for_the_admin(client):
    response = client.get("/admin/", follow=True)
    # Through the admin's own log-in address, which reads no password and passes them on.
    assert [url for url, _ in response.redirect_chain][-1].startswith("/en/accounts/login/")
    assert response.status_code == 200
