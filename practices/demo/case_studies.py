"""The demo case studies: 40 procurements, each published in the language its procurer wrote
it in and translated into the other, with tender documents on the first ten and a discussion
under one in each language."""

from decimal import Decimal

from kb_site.demo_loader import DemoStep
from kb_site.taxonomy import ProductGroup
from members.models import Organisation
from practices.models import CaseStudyDocument, CaseStudyPage
from practices.services import case_study_publish, document_upsert

from . import (
    cases_europe_1,
    cases_europe_2,
    cases_europe_3,
    cases_europe_4,
    cases_latvia_1,
    cases_latvia_2,
)
from .pdf import demo_pdf
from .records import RICH_FIELDS, Case
from .translating import OTHER, strings_between, translate_once

MODULES = (cases_latvia_1, cases_latvia_2, cases_europe_1, cases_europe_2, cases_europe_3,
           cases_europe_4)  # fmt: skip
CASES: list[Case] = [case for module in MODULES for case in module.CASES]
DOCUMENT_LABELS = {
    "en": (("tender", "Tender documents"), ("evaluation", "Evaluation report")),
    "lv": (("tender", "Iepirkuma dokumenti"), ("evaluation", "Piedāvājumu vērtēšanas ziņojums")),
}


def _documents(case: Case, title: str) -> list[CaseStudyDocument]:
    """The tender documents and evaluation report of the first ten, in their own language."""
    if case.number > 10:
        return []
    return [
        CaseStudyDocument(
            kind=kind,
            document=document_upsert(
                title=f"{title}: {label}",
                filename=f"{case.slug}-{kind}.pdf",
                content=demo_pdf(f"{title}: {label}"),
            ),
        )
        for kind, label in DOCUMENT_LABELS[case.source]
    ]


def _load(case: Case, indexes) -> bool:
    source = case.fields(case.source)
    group = ProductGroup.objects.get(slug=case.group)
    page, created = case_study_publish(
        index=indexes[case.source],
        slug=case.slug,
        data={
            **source,
            "kind": case.kind,
            "procurer": Organisation.objects.filter(slug=case.procurer).first()
            if case.procurer
            else None,
            "country": case.country,
            "region": case.region,
            "procedure": case.procedure,
            "year": case.year,
            "contract_value": Decimal(case.value),
            "co2_tonnes_per_year": None if case.co2 is None else Decimal(str(case.co2)),
            "mwh_per_year": None if case.mwh is None else Decimal(str(case.mwh)),
            "lcc_saving_eur": None if case.lcc is None else Decimal(case.lcc),
            "documents": _documents(case, source["title"]),
        },
        product_groups=[group],
        criteria=list(group.criteria.all()[: case.criteria]),
        tags=case.tags,
    )
    language = OTHER[case.source]
    strings = {case.slug: case.slug, **strings_between(source, case.fields(language), RICH_FIELDS)}
    translated = translate_once(page, language, strings)
    return created or translated


def case_study_steps(indexes) -> list[DemoStep]:
    return [(f"case study {case.number}", lambda case=case: _load(case, indexes)) for case in CASES]


# Who says what: a question, the support unit's answer, and a supplier's offer waiting in the
# moderation queue (a newcomer's first comment), under Copenhagen in English and under
# Jelgava's school meals in Latvian.
DISCUSSIONS = {
    ("case-12", "en"): (
        "Did the organic share hold at 90% once food prices rose in **2022**?",
        "It dipped to 86% for one season: the kitchens swapped imported organic products for "
        "seasonal Danish vegetables and were back at 90% the year after.",
        "We supply FSC-certified canteen furniture, happy to share prices.",
    ),
    ("case-02", "lv"): (
        "Vai otrajā līguma gadā pārtikas kvalitātes shēmu produktu īpatsvars noturējās?",
        "Jā, 2023. gadā tas bija 41%. Pasūtītājs katru ceturksni pārbaudīja pavadzīmes, un tas "
        "palīdzēja.",
        "Mēs piegādājam bioloģiskos dārzeņus no Zemgales, varam atsūtīt cenu piedāvājumu.",
    ),
}


def _comments() -> bool:
    from django_comments_xtd.models import XtdComment

    from members.models import User

    created = False
    member = User.objects.get(email="member@demo.gpp-commons.eu")
    support = User.objects.get(email="support@demo.gpp-commons.eu")
    newcomer = User.objects.get(email="orgadmin@demo.gpp-commons.eu")
    for (slug, language), (asked, answered, offered) in DISCUSSIONS.items():
        study = CaseStudyPage.objects.filter(slug=slug, locale__language_code=language).first()
        if study is None or XtdComment.objects.filter(object_pk=str(study.pk)).exists():
            continue
        question = XtdComment.objects.create(
            content_object=study, site_id=1, user=member, user_name=member.get_full_name(),
            comment=asked, is_public=True,
        )  # fmt: skip
        XtdComment.objects.create(
            content_object=study, site_id=1, user=support, user_name=support.get_full_name(),
            parent_id=question.pk, comment=answered, is_public=True,
        )  # fmt: skip
        XtdComment.objects.create(
            content_object=study, site_id=1, user=newcomer, user_name=newcomer.get_full_name(),
            comment=offered, is_public=False,
        )  # fmt: skip
        created = True
    return created


def case_study_extra_steps() -> list[DemoStep]:
    return [("case-study comments", _comments)]
