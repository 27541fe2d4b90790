"""A small, fixed corpus of documents in English and Latvian for the relevance tests."""

from datetime import UTC, datetime

from search.registry import Document

ROWS = [
    # key, type, title, body, language, country, year, product groups, tags, audience, boost
    ("case_study:1", "case_study", "LED street lighting with dimming in Jelgava",
     "The municipality replaced 1800 sodium lamps with dimmable LED luminaires.", "en", "LV",
     2023, ["road-lighting"], ["LED"], "public", 310),
    ("case_study:2", "case_study", "LED ielu apgaismojums ar regulēšanu Jelgavā",
     "Pašvaldība nomainīja nātrija lampas pret LED gaismekļiem; energoefektivitāte pieauga.",
     "lv", "LV", 2022, ["road-lighting"], ["LED"], "public", 280),
    ("case_study:3", "case_study", "Organic and local school meals in Koprivnica",
     "The city asked for 20% organic food in school catering.", "en", "HR", 2021,
     ["food"], ["school meals", "organic"], "public", 95),
    ("case_study:4", "case_study", "Bioloģiska skolu ēdināšana Liepājā",
     "Skolēniem bioloģiska pārtika un sezonāla ēdienkarte.", "lv", "LV", 2024, ["food"],
     ["skolas"], "public", 40),
    ("case_study:5", "case_study", "Electric buses for Tallinn",
     "The city bought 14 battery electric buses with depot charging.", "en", "EE", 2024,
     ["road-transport"], ["e-mobility"], "public", 620),
    ("case_study:6", "case_study", "Elektriskie autobusi Rīgai",
     "Rīga iegādājās elektriskos autobusus ar uzlādi depo.", "lv", "LV", 2025,
     ["road-transport"], [], "public", 500),
    ("case_study:7", "case_study", "Refurbished office furniture for the ministry",
     "A framework agreement that prefers refurbished furniture and FSC wood.", "en", "LV", 2020,
     ["furniture"], ["circular"], "public", 42),
    ("case_study:8", "case_study", "Atjaunotas biroja mēbeles",
     "Vispārīgā vienošanās par atjaunotām mēbelēm.", "lv", "LV", 2021, ["furniture"], [],
     "public", 30),
    ("case_study:9", "case_study", "Nearly zero-energy renovation of the town hall",
     "Deep renovation with heat pumps; energy efficiency improved threefold.", "en", "HR",
     2022, ["office-buildings"], ["renovation"], "public", 210),
    ("case_study:10", "case_study", "Renewable electricity for municipal buildings",
     "A joint tender for green electricity from new sources.", "en", "ES", 2023,
     ["electricity"], ["renewable"], "public", 1450),
    ("case_study:11", "case_study", "Ecolabelled cleaning of public buildings",
     "Cleaning services with ecolabelled products and trained staff.", "en", "PT", 2019,
     ["cleaning"], ["ecolabel"], "public", 12),
    ("case_study:12", "case_study", "Repairable laptops for schools",
     "Laptops with a five-year warranty and replaceable batteries for schools.", "en", "IT",
     2023, ["computers"], ["repairability"], "public", 58),
    ("resource:1", "resource", "Tender template: LED street lighting",
     "Technical specifications and award criteria for street lighting procurement.", "en", "",
     2024, ["road-lighting"], ["template"], "public", 0),
    ("resource:2", "resource", "Iepirkuma nolikuma paraugs: tīrīšanas līdzekļi",
     "Tehniskā specifikācija ekomarķētu tīrīšanas līdzekļu iepirkumam.", "lv", "LV", 2024,
     ["cleaning"], ["paraugs"], "public", 0),
    ("resource:3", "resource", "Guide: life-cycle costing in public procurement",
     "How to compare offers on the cost of owning and running vehicles.", "en", "", 2023,
     ["road-transport"], ["lifecycle"], "public", 0),
    ("strategy:1", "strategy", "Latvian GPP support unit strategy 2024–2027",  # noqa: RUF001
     "Goals: half of municipal tenders with green criteria; a helpdesk for municipalities.",
     "en", "LV", 2024, ["electricity"], [], "public", 0),
    ("organisation:1", "organisation", "Zemgale Regional Energy Agency",
     "Energy agency hosting the Latvian GPP support unit.", "", "LV", None, [], [],
     "public", 0),
    ("organisation:2", "organisation", "Baltic Eco Furniture SIA",
     "Manufacturer of FSC-certified office furniture.", "", "LV", None, [], [], "public", 0),
    ("product_group:1", "product_group", "Furniture / Mēbeles",
     "EU GPP criteria for furniture: refurbishment, wood, take-back.", "", "", None,
     ["furniture"], [], "public", 0),
    ("thread:1", "thread", "Private round table notes on the secret bus tender",
     "Working group only: our zebrafinch budget for the bus tender.", "en", "LV", 2025,
     ["road-transport"], [], "group:1", 0),
    ("thread:2", "thread", "Members-only thread about catering contracts",
     "Only members read the quokkarhythm figures here.", "en", "LV", 2025, ["food"], [],
     "members", 0),
]  # fmt: skip


def documents() -> list[Document]:
    docs = []
    for index, row in enumerate(ROWS):
        key, kind, title, body, language, country, year, groups, tags, audience, boost = row
        docs.append(
            Document(
                key=key,
                type=kind,
                title=title,
                body=body,
                language=language,
                country=country,
                year=year,
                kind="good" if kind == "case_study" else "",
                product_groups=groups,
                tags=tags,
                audience=audience,
                boost=boost,
                url=f"/en/doc/{index}/",
                date=datetime(2024, 1, 1 + index % 28, tzinfo=UTC),
                suggest=kind in {"case_study", "organisation", "product_group", "resource"},
            )
        )
    return docs
