"""Which models are searchable, and what their documents hold.

Search comes last in the dependency order, so it finds the others: each app may have a
`search_documents` module with a `SOURCES` list of plain dicts (`type`, `model`, `items`,
`document`, optionally `depends_on`). Nothing in those modules imports search.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import import_module

from django.apps import apps
from django.utils import timezone

from .analysis import fold, terms

PUBLIC = "public"


@dataclass
class Document:
    """What both engines index for one object; `key` is "<type>:<pk>"."""

    key: str
    type: str
    title: str
    body: str = ""
    url: str = ""
    language: str = ""
    country: str = ""
    year: int | None = None
    kind: str = ""
    product_groups: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    date: datetime | None = None
    boost: float = 0.0
    audience: str = PUBLIC  # "public", "members" or "group:<working group id>"
    suggest: bool = False

    @property
    def title_terms(self) -> str:
        return " ".join(terms(self.title))

    @property
    def body_terms(self) -> str:
        return " ".join(terms(self.body))

    @property
    def title_folded(self) -> str:
        return fold(self.title)


@lru_cache(maxsize=1)
def sources() -> tuple[dict, ...]:
    found = []
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.search_documents")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.search_documents":
                raise
            continue
        found.extend(module.SOURCES)
    return tuple(found)


def source_for(model) -> dict | None:
    for source in sources():
        if issubclass(model, source["model"]):
            return source
    return None


def key_for(source: dict, pk) -> str:
    return f"{source['type']}:{pk}"


def document_for(source: dict, obj) -> Document | None:
    data = source["document"](obj)
    if data is None:
        return None
    date = data.pop("date", None)
    return Document(
        key=key_for(source, obj.pk),
        type=source["type"],
        date=date or timezone.now(),
        **data,
    )


def type_labels() -> dict[str, str]:
    from django.utils.translation import gettext_lazy as _

    return {
        "case_study": _("Case studies"),
        "strategy": _("Strategies"),
        "resource": _("Resources"),
        "product_group": _("Product groups"),
        "organisation": _("Organisations"),
        "supplier_offer": _("Supplier offers"),
        "working_group": _("Working groups"),
        "thread": _("Forum threads"),
        "post": _("Forum posts"),
        "news": _("News"),
        "event": _("Events"),
    }
