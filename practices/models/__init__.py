"""The knowledge base's pages: case studies, support-unit strategies and resources."""

from .case_studies import (
    CaseStudyDocument,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
    validate_not_future_year,
)
from .following import PageFollower
from .resources import ResourceDocument, ResourceIndexPage, ResourcePage, ResourceTag
from .strategies import StrategyAction, StrategyIndexPage, StrategyPage

__all__ = [
    "CaseStudyDocument",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyTag",
    "PageFollower",
    "ResourceDocument",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceTag",
    "StrategyAction",
    "StrategyIndexPage",
    "StrategyPage",
    "validate_not_future_year",
]
