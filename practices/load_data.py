"""Benchmark data for the knowledge base: 1,000 live case studies per scale step, in every
country, product group, procedure and year, with tags, procurers and impact figures."""

from kb_site.load_data import PREFIX, LoadStep
from kb_site.taxonomy import COUNTRIES, ProductGroup
from members.models import Organisation

from .models import CaseStudyIndexPage, CaseStudyPage

CASE_STUDIES = 1000
PROCEDURES = [code for code, _label in CaseStudyPage.Procedure.choices]
COUNTRY_CODES = [code for code, _name in COUNTRIES]
BODY = [
    {"type": "paragraph", "value": f"<p>Paragraph {n} on market engagement and results.</p>"}
    for n in range(5)
]


def _case_studies(total: int):
    index = CaseStudyIndexPage.objects.get(locale__language_code="en")
    groups = list(ProductGroup.objects.order_by("pk"))
    procurers = list(
        Organisation.objects.filter(slug__startswith=PREFIX)
        .exclude(kind__in=Organisation.SUPPLIER_KINDS)
        .order_by("pk")[:100]
    )
    have = set(CaseStudyPage.objects.filter(slug__startswith=PREFIX).values_list("slug", flat=True))
    made = 0
    for n in range(total):
        slug = f"{PREFIX}case-{n}"
        if slug not in have:
            page = CaseStudyPage(
                title=f"Load case study {n}: {groups[n % len(groups)].name.lower()}",
                slug=slug,
                summary="A tender with green criteria, made for benchmarks.",
                kind=CaseStudyPage.Kind.GOOD if n % 5 else CaseStudyPage.Kind.BAD,
                procurer=procurers[n % len(procurers)] if procurers else None,
                country=COUNTRY_CODES[n % len(COUNTRY_CODES)],
                procedure=PROCEDURES[n % len(PROCEDURES)],
                year=2015 + n % 11,
                co2_tonnes_per_year=n % 400,
                mwh_per_year=(n * 7) % 900,
                body=BODY,
                live=True,
            )
            page.product_groups = [groups[n % len(groups)], groups[(n + 3) % len(groups)]]
            page.tags.add(f"tag-{n % 30}", f"theme-{n % 7}")
            index.add_child(instance=page)  # treebeard needs one insert at a time
        made += 1
        if made == 50:
            yield made
            made = 0
    yield made


def load_steps(scale: int):
    yield LoadStep(
        "case studies", CASE_STUDIES * scale, lambda: _case_studies(CASE_STUDIES * scale)
    )
