"""What the knowledge base gives the site search (read by search's registry; nothing here
imports search). Only live, public pages are documents; anything else is removed."""

from django.utils.html import strip_tags

from kb_site.taxonomy import ProductGroup
from kb_site.translation import translations

from .models import CaseStudyPage, ResourcePage, StrategyPage


def _is_searchable(page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def _blocks_text(stream) -> str:
    return strip_tags(str(stream)) if stream else ""


def case_study_document(page: CaseStudyPage) -> dict | None:
    if not _is_searchable(page):
        return None
    return {
        "title": page.title,
        "body": " ".join(
            [
                page.summary,
                page.procurer.name if page.procurer else "",
                page.region,
                strip_tags(page.results),
                strip_tags(page.lessons_learned),
                page.market_engagement,
                page.other_criteria,
                _blocks_text(page.body),
            ]
        ),
        "url": page.url,
        "language": page.locale.language_code,
        "country": page.country,
        "year": page.year,
        "kind": page.kind,
        "product_groups": [group.slug for group in page.product_groups.all()],
        "tags": [tag.name for tag in page.tags.all()],
        "date": page.first_published_at,
        # Impact lifts a case study a little (search documents the scoring).
        "boost": float(page.co2_tonnes_per_year or 0),
        "suggest": True,
    }


def strategy_document(page: StrategyPage) -> dict | None:
    if not _is_searchable(page):
        return None
    return {
        "title": page.title,
        "body": " ".join(
            [
                page.summary,
                page.support_unit.name,
                strip_tags(page.goals),
                strip_tags(page.services),
                " ".join(a.title for a in page.actions.all()),
            ]
        ),
        "url": page.url,
        "language": page.locale.language_code,
        "country": page.support_unit.host.country,
        "year": page.period_start,
        "product_groups": [group.slug for group in page.product_groups.all()],
        "date": page.first_published_at,
        "suggest": True,
    }


def resource_document(page: ResourcePage) -> dict | None:
    if not _is_searchable(page):
        return None
    return {
        "title": page.title,
        "body": " ".join([page.summary, page.get_kind_display(), _blocks_text(page.body)]),
        "url": page.url,
        "language": page.locale.language_code,
        "country": page.country,
        "year": page.year,
        "product_groups": [group.slug for group in page.product_groups.all()],
        "tags": [tag.name for tag in page.tags.all()],
        "date": page.first_published_at,
        "suggest": True,
    }


def product_group_document(group: ProductGroup) -> dict | None:
    # Both languages, so that either finds the group and its criteria.
    criteria = [text for c in group.criteria.all() for text in translations(c, "text")]
    return {
        "title": " / ".join(translations(group, "name")),
        "body": " ".join([*translations(group, "description"), *criteria]),
        "url": f"practices/product-groups/{group.slug}/",
        "product_groups": [group.slug],
        "suggest": True,
    }


def _pages(model):
    return model.objects.live().select_related("locale")


SOURCES = [
    {
        "type": "case_study",
        "model": CaseStudyPage,
        "items": lambda: (
            _pages(CaseStudyPage)
            .select_related("procurer")
            .prefetch_related("product_groups", "tags")
        ),
        "document": case_study_document,
    },
    {
        "type": "strategy",
        "model": StrategyPage,
        "items": lambda: (
            _pages(StrategyPage)
            .select_related("support_unit__host")
            .prefetch_related("product_groups", "actions")
        ),
        "document": strategy_document,
    },
    {
        "type": "resource",
        "model": ResourcePage,
        "items": lambda: _pages(ResourcePage).prefetch_related("product_groups", "tags"),
        "document": resource_document,
    },
    {
        "type": "product_group",
        "model": ProductGroup,
        "items": lambda: ProductGroup.objects.prefetch_related("criteria"),
        "document": product_group_document,
    },
]
