"""Writes for the knowledge base."""

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Page

from .models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
    StrategyAction,
    StrategyIndexPage,
    StrategyPage,
)


def _publish_child(*, index: Page, page: Page, tags=(), user=None) -> tuple[Page, bool]:
    """Add ``page`` under ``index`` and publish it, unless a page with its slug is there."""
    existing = type(page).objects.child_of(index).filter(slug=page.slug).first()
    if existing:
        return existing, False
    index.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    page.save_revision(user=user).publish()
    return page, True


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
    page = CaseStudyPage(slug=slug, **data)
    page.product_groups = list(product_groups)
    page.criteria = list(criteria)
    return _publish_child(index=index, page=page, tags=tags, user=user)


@transaction.atomic
def strategy_publish(
    *,
    index: StrategyIndexPage,
    slug: str,
    data: dict,
    actions: list[dict],
    product_groups=(),
    user=None,
) -> tuple[StrategyPage, bool]:
    """Create and publish a support unit's strategy with its planned actions (idempotent)."""
    page = StrategyPage(slug=slug, **data)
    page.product_groups = list(product_groups)
    page.actions = [StrategyAction(**action) for action in actions]
    return _publish_child(index=index, page=page, user=user)


@transaction.atomic
def resource_publish(
    *,
    index: ResourceIndexPage,
    slug: str,
    data: dict,
    documents,
    product_groups=(),
    tags=(),
    user=None,
) -> tuple[ResourcePage, bool]:
    """Create and publish a resource with its documents (idempotent by slug)."""
    page = ResourcePage(slug=slug, **data)
    page.product_groups = list(product_groups)
    page.documents = [ResourceDocument(document=document) for document in documents]
    return _publish_child(index=index, page=page, tags=tags, user=user)


def document_upsert(*, title: str, filename: str, content: bytes):
    """A Wagtail document by title, created from bytes the first time."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
    return document
