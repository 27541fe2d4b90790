"""Building knowledge-base pages quickly, through the same services the demo uses."""

from datetime import date

from kb_site.taxonomy import ProductGroup
from practices.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    ResourceIndexPage,
    StrategyIndexPage,
)
from practices.services import document_upsert, resource_publish, strategy_publish
from tests.members.factories import SupportUnitFactory


def index(model, language="en"):
    return model.objects.get(locale__language_code=language)


def bulk_case_studies(count: int, start: int = 0, group: str = "furniture") -> None:
    """Live case studies without revisions: a query budget test needs hundreds, fast."""
    parent = index(CaseStudyIndexPage)
    product_group = ProductGroup.objects.get(slug=group)
    for number in range(start, start + count):
        page = CaseStudyPage(
            title=f"Bulk case study {number}",
            slug=f"bulk-{number}",
            summary="A procurement.",
            country="LV",
            procedure="open",
            year=2020 + number % 5,
            co2_tonnes_per_year=number,
            live=True,
        )
        page.product_groups = [product_group]
        page.tags.add(f"tag-{number % 7}")
        parent.add_child(instance=page)  # saves the page with its groups and tags


def strategy(number=1, *, unit=None, language="en", actions=None, groups=("electricity",)):
    unit = unit or SupportUnitFactory()
    actions = actions or [
        {"title": "Done one", "status": "done", "target_date": date(2024, 1, 1)},
        {"title": "Doing one", "status": "in_progress", "target_date": date(2020, 1, 1)},
        {"title": "Planned one", "status": "planned", "target_date": date(2099, 1, 1)},
        {"title": "Dropped one", "status": "dropped", "target_date": None},
    ]
    page, _ = strategy_publish(
        index=index(StrategyIndexPage, language),
        slug=f"strategy-{number}",
        data={
            "title": f"Strategy {number}",
            "summary": f"Strategy summary {number}",
            "support_unit": unit,
            "period_start": 2024,
            "period_end": 2027,
            "goals": "<p>Greener tenders</p>",
        },
        actions=actions,
        product_groups=ProductGroup.objects.filter(slug__in=groups),
    )
    return page


PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def resource(number=1, *, language="en", kind="guide", written_in="en", groups=("furniture",),
             tags=(), country=""):  # fmt: skip
    document = document_upsert(title=f"Doc {number}", filename=f"doc-{number}.pdf", content=PDF)
    page, _ = resource_publish(
        index=index(ResourceIndexPage, language),
        slug=f"resource-{number}",
        data={
            "title": f"Resource {number}",
            "summary": f"Resource summary {number}",
            "kind": kind,
            "resource_language": written_in,
            "country": country,
            "year": 2024,
        },
        documents=[document],
        product_groups=ProductGroup.objects.filter(slug__in=groups),
        tags=tags,
    )
    return page
