"""Forum categories in both languages: edited side by side in the Wagtail admin, shown in the
visitor's language, English where the Latvian is missing."""

import pytest
from django.utils import translation

from forum.models import Category
from tests.forum.factories import CategoryFactory, ThreadFactory
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A request to /lv/ leaves Latvian active in this thread: later tests expect English."""
    yield
    translation.activate("en")


@pytest.fixture
def lighting():
    return CategoryFactory(
        name_en="Road lighting",
        name_lv="Ielu apgaismojums",
        description_en="LED and dimming.",
        description_lv="LED gaismekļi un regulēšana.",
    )


def test_a_visitor_reads_category_names_in_the_language_of_the_page(client, lighting):
    latvian = client.get("/lv/forum/").content.decode()
    assert "Ielu apgaismojums" in latvian
    assert "LED gaismekļi un regulēšana." in latvian
    assert "Road lighting" not in latvian
    english = client.get("/en/forum/").content.decode()
    assert "Road lighting" in english
    assert "LED and dimming." in english
    assert "Ielu apgaismojums" not in english


def test_category_page_and_thread_lists_use_the_latvian_name(client, lighting):
    thread = ThreadFactory(category=lighting)
    category_page = client.get(f"/lv/forum/c/{lighting.slug}/").content.decode()
    assert "<h1>Ielu apgaismojums</h1>" in category_page
    with translation.override("lv"):
        thread_page = client.get(thread.get_absolute_url()).content.decode()
    assert "Ielu apgaismojums</a>" in thread_page


def test_a_category_without_a_latvian_name_shows_the_english_one_marked_english(client):
    category = CategoryFactory(name_en="Market dialogue", description_en="Before the tender.")
    html = client.get("/lv/forum/").content.decode()
    assert f'href="/lv/forum/c/{category.slug}/" lang="en">Market dialogue</a>' in html
    assert 'lang="en">Before the tender.</span>' in html
    # On /en/ nothing needs marking.
    assert f'href="/en/forum/c/{category.slug}/">Market dialogue</a>' in (
        client.get("/en/forum/").content.decode()
    )


def test_an_admin_writes_a_category_in_both_languages(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    form = client.get("/admin/snippets/forum/category/add/").content.decode()
    assert "Name (English)" in form
    assert "Name (Latvian)" in form
    response = client.post(
        "/admin/snippets/forum/category/add/",
        {"name_en": "Procurement law", "name_lv": "Iepirkumu tiesības", "slug": "law",
         "description_en": "Rulings.", "description_lv": "Tiesu nolēmumi.", "kind": "public",
         "position": 0},
    )  # fmt: skip
    assert response.status_code == 302
    category = Category.objects.get(slug="law")
    assert (category.name_en, category.name_lv) == ("Procurement law", "Iepirkumu tiesības")
    assert "Iepirkumu tiesības" in client.get("/lv/forum/").content.decode()
