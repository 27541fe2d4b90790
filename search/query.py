"""The query layer both engines answer: what was asked, and what came back."""

from dataclasses import dataclass, field

FACETS = ("type", "country", "product_group", "kind", "year", "language", "tag")
PAGE_SIZE = 10


@dataclass(frozen=True)
class Query:
    text: str
    filters: dict = field(default_factory=dict)  # facet name -> value
    sort: str = "relevance"  # or "date"
    page: int = 1
    audiences: tuple[str, ...] = ("public",)  # which documents the asker may read
    page_size: int = PAGE_SIZE


@dataclass
class Hit:
    key: str
    type: str
    title: str
    body: str
    url: str
    language: str
    country: str
    year: int | None
    date: object
    score: float = 0.0


@dataclass
class Results:
    hits: list[Hit]
    total: int
    facets: dict[str, list[tuple[str, int]]]
    engine: str
    notice: str = ""  # shown to the reader, e.g. when Elasticsearch was down
    facets_exact: bool = True
