"""The shape of a demo case study: one procurement, its facts once, its words in English and
Latvian (each side a dict of the page's translated fields)."""

from dataclasses import dataclass
from html import escape

from practices.models import CaseStudyPage

P = CaseStudyPage.Procedure
BAD = CaseStudyPage.Kind.BAD
GOOD = CaseStudyPage.Kind.GOOD
RICH_FIELDS = ("results", "lessons_learned")
# The page fields a case study is written in, in the order of each language's tuple in the
# cases_* modules (results and lessons_learned as lists of points).
FIELDS = ("title", "summary", "other_criteria", "market_engagement", "results",
          "other_impact", "impact_method", "lessons_learned")  # fmt: skip


@dataclass(frozen=True)
class Case:
    """`source` is the language the procurer wrote it in; `en` and `lv` hold title, summary,
    other_criteria, market_engagement, results, other_impact, impact_method and
    lessons_learned (results and lessons as a list of points, one <li> each)."""

    number: int
    source: str
    group: str
    procurer: str | None  # an organisation of members/demo.py, or None for a town outside it
    country: str
    region: str
    procedure: str
    year: int
    value: int  # contract value, EUR
    co2: float | None  # tCO2e avoided a year
    mwh: float | None  # MWh saved a year
    lcc: int | None  # life-cycle cost saving, EUR
    en: dict
    lv: dict
    tags: tuple[str, ...] = ()
    kind: str = GOOD
    criteria: int = 2  # how many of the product group's EU criteria it used

    @property
    def slug(self) -> str:
        return f"case-{self.number:02d}"

    def fields(self, language: str) -> dict:
        """The page's translated fields in `language`, rich text rendered as the editor's."""
        words = self.en if language == "en" else self.lv
        return {
            name: rich(value) if name in RICH_FIELDS else value for name, value in words.items()
        }


def case(number, source, group, procurer, country, region, procedure, year, *, value, co2,
         mwh, lcc, tags, en, lv, kind=GOOD, criteria=2) -> Case:  # fmt: skip
    """A Case from the compact rows of the cases_* modules (one tuple of FIELDS a language)."""
    return Case(
        number=number, source=source, group=group, procurer=procurer, country=country,
        region=region, procedure=procedure, year=year, value=value, co2=co2, mwh=mwh, lcc=lcc,
        tags=tags, kind=kind, criteria=criteria,
        en=dict(zip(FIELDS, en, strict=True)), lv=dict(zip(FIELDS, lv, strict=True)),
    )  # fmt: skip


def rich(value) -> str:
    """One paragraph for a string, a bulleted list for a list: each item is one segment."""
    if isinstance(value, str):
        return f"<p>{escape(value, quote=False)}</p>"
    items = "".join(f"<li>{escape(item, quote=False)}</li>" for item in value)
    return f"<ul>{items}</ul>"
