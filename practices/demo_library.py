"""Demo strategies (one per support unit, five) and resources (fifteen, each with a PDF)."""

from datetime import date

from kb_site.demo_loader import DemoStep
from kb_site.taxonomy import ProductGroup
from members.models import SupportUnit

from .models import ResourcePage, StrategyAction
from .services import document_upsert, resource_publish, strategy_publish

S = StrategyAction.Status
K = ResourcePage.Kind

ACTIONS_EN = [
    ("Publish GPP criteria in the national language", S.DONE, date(2024, 3, 31)),
    ("Helpdesk for municipalities answering within five working days", S.DONE, date(2024, 6, 30)),
    ("Four round tables of the regional working group a year", S.IN_PROGRESS, date(2025, 12, 31)),
    ("Market research on electric vehicles and charging", S.IN_PROGRESS, date(2025, 9, 30)),
    ("Train 150 procurers on life-cycle costing", S.PLANNED, date(2026, 6, 30)),
    ("Online catalogue of suppliers meeting GPP criteria", S.PLANNED, date(2026, 12, 31)),
    ("Joint tender for renewable electricity", S.DROPPED, date(2025, 3, 31)),
]
ACTIONS_LV = [
    ("Publicēt ZPI kritērijus latviešu valodā", S.DONE, date(2024, 3, 31)),
    ("Palīdzības dienests pašvaldībām ar atbildi piecās darba dienās", S.DONE, date(2024, 6, 30)),
    ("Četras reģionālās darba grupas apaļā galda sanāksmes gadā", S.IN_PROGRESS,
     date(2025, 12, 31)),
    ("Tirgus izpēte par elektrotransportlīdzekļiem un uzlādi", S.IN_PROGRESS, date(2025, 9, 30)),
    ("Apmācīt 150 iepircējus par aprites cikla izmaksām", S.PLANNED, date(2026, 6, 30)),
    ("Tiešsaistes katalogs ar ZPI kritērijiem atbilstošiem piegādātājiem", S.PLANNED,
     date(2026, 12, 31)),
]  # fmt: skip
STRATEGY_GROUPS = [
    ["road-transport", "electricity", "office-buildings"],
    ["food-catering-and-vending", "cleaning-products-and-services"],
    ["road-lighting-and-traffic-signals", "electricity"],
    ["computers-and-monitors", "furniture", "textiles"],
    ["gardening-and-public-space-maintenance", "food-catering-and-vending"],
]


def _strategy_steps(indexes) -> list[DemoStep]:
    steps = []
    slugs = ["gpps-latvia", "gpps-croatia", "gpps-spain", "gpps-greece", "gpps-italy"]
    for number, unit_slug in enumerate(slugs):
        latvian = unit_slug == "gpps-latvia"

        def load(number=number, unit_slug=unit_slug, latvian=latvian) -> bool:
            unit = SupportUnit.objects.select_related("host").get(slug=unit_slug)
            actions = ACTIONS_LV if latvian else ACTIONS_EN[number % 2 :]
            if latvian:
                data = {
                    "title": "Zaļā publiskā iepirkuma atbalsta stratēģija 2024–2027",  # noqa: RUF001
                    "summary": "Kā Latvijas ZPI atbalsta vienība palīdz pašvaldībām un valsts "
                    "iestādēm iepirkt zaļāk: kritēriji, palīdzības dienests, darba grupas un "
                    "piegādātāju tīkls.",
                    "goals": "<ul><li>Līdz 2027. gadam puse no pašvaldību iepirkumiem ar ZPI "
                    "kritērijiem</li><li>Reģionālā darba grupa katrā plānošanas reģionā</li>"
                    "<li>Piegādātāju katalogs ar pārbaudītiem pierādījumiem</li></ul>",
                    "services": "<ul><li>Konsultācijas par kritērijiem</li><li>Tirgus izpēte"
                    "</li><li>Mācības un vebināri</li></ul>",
                    "contact_name": "Ilze Kalna",
                }
            else:
                data = {
                    "title": f"{unit.name}: strategy 2024–2027",  # noqa: RUF001
                    "summary": f"How the {unit.name} helps public buyers in "
                    f"{unit.host.get_country_display()} buy greener: criteria, a helpdesk, "
                    "working groups and a supplier network.",
                    "goals": "<ul><li>Half of municipal tenders with GPP criteria by 2027</li>"
                    "<li>A working group in every planning region</li><li>A supplier "
                    "catalogue with checked evidence</li></ul>",
                    "services": "<ul><li>Advice on criteria</li><li>Market research</li>"
                    "<li>Trainings and webinars</li></ul>",
                    "contact_name": "",
                }
            _page, created = strategy_publish(
                index=indexes["lv" if latvian else "en"],
                slug=f"strategy-{unit_slug}",
                data={
                    **data,
                    "support_unit": unit,
                    "period_start": 2024,
                    "period_end": 2027,
                    "contact_email": unit.contact_email,
                },
                actions=[
                    {"title": title, "status": status, "target_date": target, "sort_order": i}
                    for i, (title, status, target) in enumerate(actions)
                ],
                product_groups=ProductGroup.objects.filter(slug__in=STRATEGY_GROUPS[number]),
            )
            return created

        steps.append((f"strategy of {unit_slug}", load))
    return steps


# kind, title, summary, product groups, resource language, country, year, tags
RESOURCES = [
    (K.TENDER_TEMPLATE, "Tender template: LED street lighting",
     "Technical specifications and award criteria for LED street lighting with dimming, "
     "ready to copy into an open procedure.", ["road-lighting-and-traffic-signals"], "en", "",
     2024, ["template", "LED"]),
    (K.TENDER_TEMPLATE, "Tender template: school catering with organic food",
     "Lots, selection criteria and contract clauses for school meals with a minimum organic "
     "share.", ["food-catering-and-vending"], "en", "", 2023, ["template", "school meals"]),
    (K.TENDER_TEMPLATE, "Iepirkuma nolikuma paraugs: ekomarķēti tīrīšanas līdzekļi",
     "Tehniskā specifikācija un līguma noteikumi tīrīšanas līdzekļu un pakalpojumu "
     "iepirkumam.", ["cleaning-products-and-services"], "lv", "LV", 2024, ["paraugs"]),
    (K.CRITERIA_SHEET, "Criteria sheet: computers and monitors",
     "The EU GPP core and comprehensive criteria for computers and monitors on two pages, "
     "with how to verify each.", ["computers-and-monitors"], "en", "", 2023, ["criteria"]),
    (K.CRITERIA_SHEET, "Criteria sheet: furniture",
     "Core and comprehensive criteria for furniture, including refurbishment and "
     "take-back.", ["furniture"], "en", "", 2022, ["criteria", "circular"]),
    (K.CRITERIA_SHEET, "Kritēriju lapa: pārtika un ēdināšana",
     "ZPI pamata un visaptverošie kritēriji pārtikai un ēdināšanas pakalpojumiem.",
     ["food-catering-and-vending"], "lv", "LV", 2024, ["kritēriji"]),
    (K.GUIDE, "Guide: life-cycle costing in public tenders",
     "How to compare offers on the cost of owning, running and disposing, with a worked "
     "example for vehicles.", ["road-transport", "office-buildings"], "en", "", 2023,
     ["life-cycle cost"]),
    (K.GUIDE, "Guide: market dialogue before a green tender",
     "Steps, templates and legal limits for talking to suppliers before you publish.",
     ["furniture", "textiles"], "en", "", 2024, ["market dialogue"]),
    (K.GUIDE, "Vadlīnijas: zaļais iepirkums pašvaldībās",
     "Praktiski padomi pašvaldību iepircējiem, kā sākt ar ZPI un kur meklēt palīdzību.",
     ["electricity", "road-lighting-and-traffic-signals"], "lv", "LV", 2025, ["pašvaldības"]),
    (K.GUIDE, "Guía: compra pública verde de electricidad",
     "A Spanish guide to buying renewable electricity, with model clauses.", ["electricity"],
     "multi", "ES", 2023, ["renewable"]),
    (K.TRAINING, "Training: GPP basics for procurers (slides)",
     "A half-day training on what GPP is, the EU criteria and where to find help.",
     ["office-buildings", "computers-and-monitors"], "en", "", 2024, ["training"]),
    (K.TRAINING, "Training: verifying ecolabels and certificates",
     "Exercises on checking the evidence suppliers give: ecolabels, test reports and "
     "certificates.", ["cleaning-products-and-services", "textiles"], "en", "", 2025,
     ["evidence", "ecolabel"]),
    (K.TRAINING, "Mācību materiāls: aprites cikla izmaksu aprēķins",
     "Uzdevumi un risinājumi aprites cikla izmaksu aprēķinam transportlīdzekļiem.",
     ["road-transport"], "lv", "LV", 2025, ["mācības"]),
    (K.POSITION_PAPER, "Position paper: mandatory GPP criteria for public buildings",
     "Why the support units ask for mandatory minimum criteria in building renovation.",
     ["office-buildings"], "en", "", 2025, ["policy"]),
    (K.POSITION_PAPER, "Position paper: joint procurement for small municipalities",
     "How joint tenders let small buyers ask for greener products at lower prices.",
     ["electricity", "road-transport"], "en", "HR", 2024, ["joint procurement"]),
]  # fmt: skip


def demo_pdf(title: str) -> bytes:
    """A small, valid one-page PDF that shows its title (so demo documents open)."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 16 Tf 50 780 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _resource_steps(indexes) -> list[DemoStep]:
    steps = []
    for number, row in enumerate(RESOURCES):
        kind, title, summary, groups, language, country, year, tags = row

        def load(number=number, kind=kind, title=title, summary=summary, groups=groups,
                 language=language, country=country, year=year, tags=tags) -> bool:  # fmt: skip
            document = document_upsert(
                title=title,
                filename=f"resource-{number + 1:02d}.pdf",
                content=demo_pdf(title),
            )
            _page, created = resource_publish(
                index=indexes["lv" if language == "lv" else "en"],
                slug=f"resource-{number + 1:02d}",
                data={
                    "title": title,
                    "summary": summary,
                    "kind": kind,
                    "resource_language": language,
                    "country": country,
                    "year": year,
                },
                documents=[document],
                product_groups=ProductGroup.objects.filter(slug__in=groups),
                tags=tags,
            )
            return created

        steps.append((f"resource {number + 1}", load))
    return steps


def _case_study_extra_steps() -> list[DemoStep]:
    """Tender documents on the first case studies, and a discussion under two of them: one
    comment published, a reply, and a newcomer's comment waiting in the moderation queue."""
    from django_comments_xtd.models import XtdComment

    from members.models import User

    from .models import CaseStudyDocument, CaseStudyPage

    def documents() -> bool:
        created = False
        for page in CaseStudyPage.objects.order_by("path")[:10]:
            if page.documents.exists():
                continue
            for kind, label in (("tender", "Tender documents"), ("evaluation", "Evaluation")):
                title = f"{page.title}: {label}"
                document = document_upsert(
                    title=title, filename=f"{page.slug}-{kind}.pdf", content=demo_pdf(title)
                )
                CaseStudyDocument.objects.create(page=page, document=document, kind=kind)
            created = True
        return created

    def comments() -> bool:
        study = CaseStudyPage.objects.filter(slug="case-02").first()
        if study is None or XtdComment.objects.filter(object_pk=str(study.pk)).exists():
            return False
        member = User.objects.get(email="member@demo.gpp-commons.eu")
        support = User.objects.get(email="support@demo.gpp-commons.eu")
        newcomer = User.objects.get(email="orgadmin@demo.gpp-commons.eu")
        question = XtdComment.objects.create(
            content_object=study, site_id=1, user=member, user_name=member.get_full_name(),
            comment="Did the organic share hold up in the **second year** of the contract?",
            is_public=True,
        )  # fmt: skip
        XtdComment.objects.create(
            content_object=study, site_id=1, user=support, user_name=support.get_full_name(),
            parent_id=question.pk, is_public=True,
            comment="Yes: 29% in year two. The buyer kept the award criterion for seasonal "
            "menus, which helped.",
        )  # fmt: skip
        XtdComment.objects.create(
            content_object=study, site_id=1, user=newcomer, user_name=newcomer.get_full_name(),
            comment="We supply FSC-certified canteen furniture, happy to share prices.",
            is_public=False,
        )  # fmt: skip
        return True

    return [("case-study documents", documents), ("case-study comments", comments)]
