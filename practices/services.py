"""Writes for the knowledge base."""

from django.db import transaction

from .models import CaseStudyIndexPage, CaseStudyPage


@transaction.atomic
def case_study_publish(
    *,
    index: CaseStudyIndexPage,
    slug: str,
    data: dict,
    product_groups,
    criteria=(),
    tags=(),
    user=None,
) -> tuple[CaseStudyPage, bool]:
    """Create and publish a case study under the index (idempotent by slug)."""
    existing = CaseStudyPage.objects.child_of(index).filter(slug=slug).first()
    if existing:
        return existing, False
    page = CaseStudyPage(slug=slug, **data)
    page.product_groups = list(product_groups)
    page.criteria = list(criteria)
    index.add_child(instance=page)
    page.tags.add(*tags)
    page.save_revision(user=user).publish()
    return page, True
