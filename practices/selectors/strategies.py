"""Reads for support-unit strategies: the index and a strategy's progress."""

from collections import Counter
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.utils import timezone, translation

from kb_site.listing_language import one_per_translation
from practices.forms import StrategyFilterForm
from practices.models import StrategyAction, StrategyPage

PAGE_SIZE = 12


def strategies(*, product_group: str = "", country: str = "", language: str = ""):
    pages = StrategyPage.objects.live().public()
    if not language:  # each strategy once, in the reader's language where translated
        pages = one_per_translation(pages, translation.get_language())
    if product_group:
        pages = pages.filter(product_groups__slug=product_group)
    if country:
        pages = pages.filter(support_unit__host__country=country)
    if language:
        pages = pages.filter(locale__language_code=language)
    return (
        pages.distinct()
        .select_related("support_unit__host", "locale")
        .prefetch_related(
            "product_groups",
            Prefetch("actions", queryset=StrategyAction.objects.only("page_id", "status")),
        )
        .order_by("-period_end", "title")
    )


def strategy_index_context(*, request) -> dict:
    from kb_site.taxonomy import ProductGroup

    form = StrategyFilterForm(request.GET or None, product_groups=list(ProductGroup.objects.all()))
    filters = form.cleaned_data if form.is_valid() else {}
    filters = {key: value for key, value in filters.items() if value}
    pages = strategies(**filters)
    page = Paginator(pages, PAGE_SIZE).get_page(request.GET.get("page"))
    for strategy in page.object_list:
        strategy.progress = progress(strategy.actions.all())
    query = request.GET.copy()
    query.pop("page", None)
    return {"form": form, "page_obj": page, "query": query.urlencode()}


@dataclass(frozen=True)
class Progress:
    """Actions done against those planned; dropped actions count in neither."""

    done: int
    in_progress: int
    planned: int
    dropped: int

    @property
    def total(self) -> int:
        return self.done + self.in_progress + self.planned

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def percent_in_progress(self) -> int:
        return round(100 * self.in_progress / self.total) if self.total else 0


def progress(actions) -> Progress:
    counts = Counter(action.status for action in actions)
    status = StrategyAction.Status
    return Progress(
        done=counts[status.DONE],
        in_progress=counts[status.IN_PROGRESS],
        planned=counts[status.PLANNED],
        dropped=counts[status.DROPPED],
    )


def strategy_detail_context(*, page: StrategyPage) -> dict:
    actions = list(page.actions.all())
    today = timezone.localdate()
    open_statuses = {StrategyAction.Status.PLANNED, StrategyAction.Status.IN_PROGRESS}
    for action in actions:
        action.is_overdue = bool(
            action.target_date and action.target_date < today and action.status in open_statuses
        )
    return {
        "index": page.get_parent(),
        "unit": page.support_unit,
        "actions": actions,
        "progress": progress(actions),
        "overdue": sum(action.is_overdue for action in actions),
        "product_groups": list(page.product_groups.all()),
    }


def strategies_of_unit(*, unit) -> QuerySet[StrategyPage]:
    pages = StrategyPage.objects.live().public()
    return (
        one_per_translation(pages, translation.get_language())
        .filter(support_unit=unit)
        .select_related("locale")
        .order_by("-period_end")
    )
