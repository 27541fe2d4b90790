"""The demo knowledge base: 40 case studies, the support units' strategies and a library of
resources, every page in English and Latvian. Each is written in its procurer's or author's
language, published through practices.services and translated through wagtail-localize
(kb_site.page_translations), the way an editor translates a page in the admin."""

from practices.models import CaseStudyIndexPage, ResourceIndexPage, StrategyIndexPage

from .case_studies import case_study_extra_steps, case_study_steps
from .resources import resource_steps
from .strategies import strategy_steps


def demo_steps():
    yield from case_study_steps(_indexes(CaseStudyIndexPage))
    yield from strategy_steps(_indexes(StrategyIndexPage))
    yield from resource_steps(_indexes(ResourceIndexPage))
    yield from case_study_extra_steps()


def _indexes(model) -> dict:
    indexes = {
        index.locale.language_code: index for index in model.objects.select_related("locale")
    }
    if not {"en", "lv"} <= set(indexes):
        raise RuntimeError(f"{model.__name__} is missing: run `manage.py migrate` first.")
    return indexes
