"""The language switcher and the hreflang alternates lead only to pages that answer; a page in
one language is shown with the interface in the visitor's and says so; a Latvian list links
the Latvian version of a translated item and marks an English-only one."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale

from practices.models import CaseStudyPage
from tests.practices.helpers import bulk_case_studies

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def soup(url: str, client=None):
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def switch_to(page, language: str) -> str:
    return page.select_one(f"nav.lang-switch a[hreflang={language}]")["href"]


def alternates(page) -> dict[str, str]:
    links = page.select("link[rel=alternate][hreflang]")
    return {link["hreflang"]: link["href"] for link in links}


def translate(study: CaseStudyPage, title: str) -> CaseStudyPage:
    latvian = study.copy_for_translation(Locale.objects.get(language_code="lv"))
    latvian.title = title
    latvian.save_revision().publish()
    return CaseStudyPage.objects.get(pk=latvian.pk)


@pytest.fixture
def studies():
    bulk_case_studies(2)
    return CaseStudyPage.objects.get(slug="bulk-0"), CaseStudyPage.objects.get(slug="bulk-1")


def test_a_translated_page_switches_to_its_translation(studies):
    english = studies[0]
    latvian = translate(english, "Latviešu prakses piemērs")
    page = soup(english.url)
    assert switch_to(page, "lv") == latvian.url
    assert alternates(page) == {
        "en": f"http://testserver{english.url}",
        "lv": f"http://testserver{latvian.url}",
        "x-default": f"http://testserver{english.url}",
    }
    back = soup(latvian.url)
    assert switch_to(back, "en") == english.url
    assert back.html["lang"] == "lv"
    assert not back.select(".language-note")


def test_an_english_only_page_keeps_the_latvian_interface_and_says_so(studies):
    english = studies[1]
    page = soup(english.url)
    target = switch_to(page, "lv")
    assert target == f"{english.url}?lang=lv"
    # Only the version that exists is an alternate: no Latvian address that would not answer.
    assert alternates(page) == {
        "en": f"http://testserver{english.url}",
        "x-default": f"http://testserver{english.url}",
    }
    latvian_ui = soup(target)
    assert latvian_ui.html["lang"] == "lv"
    note = latvian_ui.select_one(".language-note")
    assert note.get_text(strip=True) == "Šis prakses piemērs ir pieejams tikai angļu valodā."
    assert latvian_ui.select_one("article")["lang"] == "en"
    assert latvian_ui.select_one("h1").get_text(strip=True) == english.title
    # The interface around it is Latvian, and so is where it leads.
    assert latvian_ui.select_one("a.skip-link").get_text(strip=True) != "Skip to main content"
    assert latvian_ui.select_one("form.header-search")["action"].startswith("/lv/")
    assert alternates(latvian_ui) == alternates(page)
    # The way back leads to the Latvian index (the index has a Latvian version).
    back = latvian_ui.find("a", string=lambda text: text and text.startswith("←"))
    latvian_index = english.get_parent().get_translation(Locale.objects.get(language_code="lv"))
    assert back["href"] == latvian_index.url
    assert switch_to(latvian_ui, "en") == english.url
    assert Client().get(switch_to(latvian_ui, "en")).status_code == 200


def test_a_published_translation_is_switched_to_at_once(studies):
    english = studies[1]
    assert switch_to(soup(english.url), "lv").endswith("?lang=lv")  # now in the cache
    latvian = translate(english, "Jaunais tulkojums")
    page = soup(english.url)
    assert switch_to(page, "lv") == latvian.url
    assert alternates(page)["lv"] == f"http://testserver{latvian.url}"
    latvian.unpublish()
    assert switch_to(soup(english.url), "lv") == f"{english.url}?lang=lv"


def test_a_latvian_list_links_the_latvian_version_and_marks_an_english_only_one(studies):
    translated, english_only = studies
    latvian = translate(translated, "Latviešu prakses piemērs")
    index = soup(latvian.get_parent().url)  # the Latvian case-study index
    titles = {link.get_text(strip=True): link for link in index.select(".card__title a")}
    assert set(titles) == {"Latviešu prakses piemērs", english_only.title}
    assert titles["Latviešu prakses piemērs"]["href"] == latvian.url
    marked = titles[english_only.title]
    assert marked["href"] == f"{english_only.url}?lang=lv"
    assert marked["lang"] == marked["hreflang"] == "en"
    badge = marked.find_next_sibling(class_="badge--language")
    assert badge.select_one(".visually-hidden").get_text(strip=True) == "angliski"
    assert badge.get_text(strip=True).startswith("EN")
    assert not titles["Latviešu prakses piemērs"].find_next_sibling(class_="badge--language")
    # The English list shows the English version of the translated one, unmarked.
    english = soup(translated.get_parent().url)
    english_titles = [link.get_text(strip=True) for link in english.select(".card__title a")]
    assert sorted(english_titles) == sorted([translated.title, english_only.title])
    assert not english.select(".badge--language")
