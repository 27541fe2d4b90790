"""A newcomer searches in Latvian without diacritics, uses the suggestions and a facet."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from kb_site.taxonomy import ProductGroup
from practices.models import CaseStudyIndexPage
from practices.services import case_study_publish
from search.services import reindex

BLOCKING = {"serious", "critical"}


@pytest.fixture
def studies():
    groups = [ProductGroup.objects.get(slug="road-lighting-and-traffic-signals")]
    for language, slug, title, country in [
        ("lv", "jelgava-led", "Energoefektīvs ielu apgaismojums Jelgavā", "LV"),
        ("en", "firenze-led", "Energoefektīvs street lighting in Firenze", "IT"),
    ]:
        case_study_publish(
            index=CaseStudyIndexPage.objects.get(locale__language_code=language),
            slug=slug,
            data={"title": title, "summary": "LED gaismekļi ar regulēšanu.", "country": country,
                  "procedure": "open", "year": 2024, "co2_tonnes_per_year": 120},
            product_groups=groups,
        )  # fmt: skip
    reindex()


def test_newcomer_finds_a_case_study_by_a_word_typed_without_diacritics(page, studies):
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search the site")
    box.fill("energoefektivs")
    suggestions = page.get_by_role("listbox")
    suggestions.get_by_role("option", name="Energoefektīvs ielu apgaismojums Jelgavā").wait_for()
    box.press("Enter")  # no suggestion chosen: search for the words
    page.wait_for_url("**/en/search/?q=energoefektivs")
    status = page.locator(".search-results [role=status]")
    assert status.inner_text().startswith("2 results")
    assert page.locator("mark").first.inner_text() == "Energoefektīvs"

    page.get_by_role("link", name="Latvia").click()
    page.wait_for_url("**country=LV**")
    assert status.inner_text().startswith("1 result")
    page.get_by_role("link", name="Energoefektīvs ielu apgaismojums Jelgavā").click()
    page.wait_for_url("**/lv/labas-prakses/jelgava-led/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Energoefektīvs ielu apgaismojums Jelgavā"
    )

    # Picking a suggestion with the keyboard opens it straight away.
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search the site")
    box.fill("energoefektivs iel")
    page.get_by_role("option").first.wait_for()
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant")
    box.press("Enter")
    page.wait_for_url("**/lv/labas-prakses/jelgava-led/")


def test_search_works_without_javascript(browser, live_server, studies):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/lv/")
    page.get_by_label("Meklēt vietnē").fill("apgaismojums")
    page.get_by_role("search").get_by_role("button", name="Meklēt").click()
    page.wait_for_url("**/lv/search/?q=apgaismojums")
    assert "Energoefektīvs ielu apgaismojums Jelgavā" in page.locator(".results").inner_text()
    context.close()


@pytest.mark.parametrize("url", ["/en/search/?q=energoefektivs", "/lv/search/?q=nekas+tads"])
def test_results_page_has_no_serious_accessibility_violations(page, studies, url):
    page.goto(url)
    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, [(v["id"], [n["target"] for n in v["nodes"]]) for v in blocking]
    page.set_viewport_size({"width": 360, "height": 740})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{url} scrolls sideways on a phone ({width}px)"
