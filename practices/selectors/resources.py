"""Reads for resources: the filtered index and a resource's documents."""

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils import translation

from kb_site.listing_language import one_per_translation
from practices.forms import ResourceFilterForm
from practices.models import ResourcePage

PAGE_SIZE = 12


def resources(
    *,
    product_group: str = "",
    kind: str = "",
    resource_language: str = "",
    country: str = "",
    language: str = "",
    tag: str = "",
    sort: str = "newest",
) -> QuerySet[ResourcePage]:
    pages = ResourcePage.objects.live().public()
    if not language:  # each resource once, in the reader's language where translated
        pages = one_per_translation(pages, translation.get_language())
    if product_group:
        pages = pages.filter(product_groups__slug=product_group)
    if kind:
        pages = pages.filter(kind=kind)
    if resource_language:
        pages = pages.filter(resource_language=resource_language)
    if country:
        pages = pages.filter(country=country)
    if language:
        pages = pages.filter(locale__language_code=language)
    if tag:
        pages = pages.filter(tags__name__iexact=tag)
    order = ["title"] if sort == "title" else ["-first_published_at", "title"]
    return (
        pages.distinct()
        .select_related("locale")
        .prefetch_related("product_groups", "tags")
        .order_by(*order)
    )


def resource_index_context(*, request) -> dict:
    from kb_site.taxonomy import ProductGroup

    form = ResourceFilterForm(request.GET or None, product_groups=list(ProductGroup.objects.all()))
    filters = form.cleaned_data if form.is_valid() else {}
    filters = {key: value for key, value in filters.items() if value}
    page = Paginator(resources(**filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {"form": form, "page_obj": page, "query": query.urlencode()}


def resource_detail_context(*, page: ResourcePage) -> dict:
    return {
        "index": page.get_parent(),
        "documents": list(page.documents.select_related("document")),
        "product_groups": list(page.product_groups.all()),
        "tags": list(page.tags.all()),
    }
