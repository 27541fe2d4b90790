"""Reads for the knowledge base, with their joins set here once."""

from .case_studies import (
    EXPORT_FIELDS,
    METRICS,
    PAGE_SIZE,
    CaseStudyFilters,
    case_studies,
    case_study_detail_context,
    case_study_index_context,
    case_study_rows,
    filters_from,
    impact_dashboard,
    listing_query,
    with_card_details,
)
from .product_groups import product_group_detail, product_groups_with_counts
from .resources import resource_detail_context, resource_index_context, resources
from .strategies import (
    progress,
    strategies,
    strategies_of_unit,
    strategy_detail_context,
    strategy_index_context,
)

__all__ = [
    "EXPORT_FIELDS",
    "METRICS",
    "PAGE_SIZE",
    "CaseStudyFilters",
    "case_studies",
    "case_study_detail_context",
    "case_study_index_context",
    "case_study_rows",
    "filters_from",
    "impact_dashboard",
    "listing_query",
    "product_group_detail",
    "product_groups_with_counts",
    "progress",
    "resource_detail_context",
    "resource_index_context",
    "resources",
    "strategies",
    "strategies_of_unit",
    "strategy_detail_context",
    "strategy_index_context",
    "with_card_details",
]
