"""The demo knowledge base after `load_demo`: 40 distinct case studies, the strategies and the
resources, each a page in English and in Latvian made through wagtail-localize, read at its
own language's address; a second run publishes nothing."""

import re

import pytest
from django.core.management import call_command
from django_comments_xtd.models import XtdComment
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from practices.models import CaseStudyDocument, CaseStudyPage, ResourcePage, StrategyPage

pytestmark = pytest.mark.django_db
KB_PAGES = (CaseStudyPage, StrategyPage, ResourcePage)


def load():
    call_command("load_demo", allow_production=True, no_progress=True)


def text(response) -> str:
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def test_every_demo_page_is_live_in_both_languages_and_a_second_run_changes_nothing(client):
    load()
    for model in KB_PAGES:
        by_locale = {"en": set(), "lv": set()}
        for page in model.objects.live().select_related("locale"):
            by_locale[page.locale.language_code].add(page.translation_key)
        assert by_locale["en"], model
        assert by_locale["en"] == by_locale["lv"], model  # every page has its other language
    studies = CaseStudyPage.objects.filter(locale__language_code="en")
    assert studies.count() == 40
    titles = list(studies.values_list("title", flat=True))
    assert len(set(titles)) == 40
    # No story repeated per town: titles stripped of their place names still all differ.
    places = set(studies.values_list("region", flat=True))
    assert len({re.sub("|".join(map(re.escape, places)), "", title) for title in titles}) == 40
    assert 4 <= studies.filter(kind=CaseStudyPage.Kind.BAD).count() <= 6
    assert studies.values("country").distinct().count() >= 15

    # Latvian procurements are written in Latvian and translated into English, through the
    # same translation records the admin's editor fills in.
    source = TranslationSource.objects.get(
        object_id=CaseStudyPage.objects.get(slug="case-01", locale__language_code="lv")
        .translation_key
    )  # fmt: skip
    assert source.locale.language_code == "lv"
    assert Translation.objects.filter(source=source, target_locale__language_code="en").exists()
    assert StringTranslation.objects.filter(
        locale__language_code="en", data="Electricity use for street lighting fell by 72%."
    ).exists()

    english = text(client.get("/en/case-studies/case-01/"))
    assert "LED street lighting with remote control in Jelgava" in english
    assert "Electricity use for street lighting fell by 72%." in english
    latvian = text(client.get("/lv/labas-prakses/case-12/"))
    assert "Kopenhāgenas pašvaldības virtuvēs 90 % bioloģiskas pārtikas" in latvian
    assert "Virtuvēs vairāk gatavo no svaigiem produktiem" in latvian
    assert "Copenhagen's public kitchens" not in latvian
    # Figures and tender documents follow the source into the translation.
    lv_study = CaseStudyPage.objects.get(slug="case-01", locale__language_code="en")
    assert lv_study.mwh_per_year == 1050
    assert CaseStudyDocument.objects.filter(page=lv_study).count() == 2

    strategy = text(client.get("/lv/strategijas/strategy-gpps-croatia/"))
    assert "Horvātijas ZPI atbalsta vienība: stratēģija 2024-2027" in strategy
    assert "Otrais kopīgais siltumsūkņu iepirkums 20 skolām" in strategy  # an action
    resource = text(client.get("/en/resources/resource-03/"))
    assert "Tender template: cleaning services with ecolabelled products" in resource
    # Each language has its own discussion under a case study.
    copenhagen = CaseStudyPage.objects.get(slug="case-12", locale__language_code="en")
    jelgava = CaseStudyPage.objects.get(slug="case-02", locale__language_code="lv")
    for page in (copenhagen, jelgava):
        assert XtdComment.objects.filter(object_pk=str(page.pk), is_public=True).count() == 2

    # One load of the demo is slow enough: the second run is checked here too.
    first = snapshot()
    load()
    assert snapshot() == first


def snapshot() -> dict:
    return {
        "pages": sorted(
            Page.objects.values_list("pk", "title", "locale_id", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "strings": StringTranslation.objects.count(),
        "comments": XtdComment.objects.count(),
    }
