"""The support units' strategies: each written in its unit's working language (the Latvian
unit's in Latvian), with goals, services and planned actions, translated into the other."""

from datetime import date

from kb_site.demo_loader import DemoStep
from kb_site.taxonomy import ProductGroup
from members.models import SupportUnit
from practices.models import StrategyAction
from practices.services import strategy_publish

from .records import rich
from .translating import OTHER, strings_between, translate_once

S = StrategyAction.Status

# unit, source language, product groups, contact person, words in English and Latvian
# (title, summary, goals, services), planned actions (status, target, English, Latvian).
STRATEGIES = [
    ("gpps-latvia", "lv", ["food-catering-and-vending", "road-lighting-and-traffic-signals",
                           "electricity", "cleaning-products-and-services"], "Ilze Kalniņa", {
        "lv": (
            "Latvijas ZPI atbalsta vienības stratēģija 2024-2027",
            "Kā atbalsta vienība palīdz pašvaldībām un valsts iestādēm iepirkt zaļāk: "
            "kritēriji latviešu valodā, konsultācijas, reģionālās darba grupas un kopīgie "
            "iepirkumi plānošanas reģionos.",
            ["Līdz 2027. gadam ZPI kritēriji vismaz pusē pašvaldību iepirkumu obligātajās "
             "produktu grupās",
             "Reģionālā darba grupa katrā plānošanas reģionā",
             "Kopīgie iepirkumi elektroenerģijai un ielu apgaismojumam vismaz trīs reģionos"],
            ["Konsultācijas par kritērijiem un tehniskajām specifikācijām piecu darba dienu "
             "laikā",
             "Tirgus izpēte un piegādātāju dienas pirms lieliem iepirkumiem",
             "Mācības par dzīves cikla izmaksu aprēķinu un vērtēšanas kritērijiem"],
        ),
        "en": (
            "Latvian GPP support unit: strategy 2024-2027",
            "How the support unit helps municipalities and state institutions buy greener: "
            "criteria in Latvian, advice, regional working groups and joint procurement in the "
            "planning regions.",
            ["GPP criteria in at least half of municipal tenders in the mandatory product "
             "groups by 2027",
             "A regional working group in every planning region",
             "Joint procurement of electricity and street lighting in at least three regions"],
            ["Advice on criteria and technical specifications within five working days",
             "Market research and supplier days before large tenders",
             "Training on life-cycle costing and award criteria"],
        ),
    }, [
        (S.DONE, date(2024, 3, 31), "Publish the EU GPP criteria in Latvian",
         "Publicēt ES ZPI kritērijus latviešu valodā"),
        (S.DONE, date(2024, 9, 30), "A helpdesk for municipalities that answers within five "
         "working days", "Palīdzības dienests pašvaldībām ar atbildi piecu darba dienu laikā"),
        (S.IN_PROGRESS, date(2025, 12, 31), "Four round tables of each regional working "
         "group a year", "Četras katras reģionālās darba grupas apaļā galda sanāksmes gadā"),
        (S.IN_PROGRESS, date(2026, 6, 30), "Support the Vidzeme joint electricity tender "
         "with a second round", "Atbalstīt Vidzemes kopīgā elektroenerģijas iepirkuma otro "
         "kārtu"),
        (S.PLANNED, date(2027, 6, 30), "Train 150 procurers in life-cycle costing",
         "Apmācīt 150 iepirkumu speciālistus dzīves cikla izmaksu aprēķinā"),
        (S.PLANNED, date(2027, 12, 31), "An online catalogue of suppliers with checked "
         "evidence", "Tiešsaistes piegādātāju katalogs ar pārbaudītiem pierādījumiem"),
    ]),
    ("gpps-croatia", "en", ["road-transport", "water-based-heaters", "office-buildings"], "", {
        "en": (
            "Croatian GPP support unit: strategy 2024-2027",
            "The Croatian unit concentrates on heating and transport, where municipalities "
            "spend most energy, and on joint tenders that let small towns take part.",
            ["Oil boilers replaced in all public schools of the northern counties by 2027",
             "Clean-vehicle criteria in every municipal vehicle tender",
             "Ten joint tenders run for groups of small municipalities"],
            ["Energy surveys of buildings before heating tenders",
             "Model specifications for heat pumps and electric vehicles",
             "A legal helpdesk on joint procurement"],
        ),
        "lv": (
            "Horvātijas ZPI atbalsta vienība: stratēģija 2024-2027",
            "Horvātijas vienība galvenokārt pievēršas apkurei un transportam, kur pašvaldības "
            "patērē visvairāk enerģijas, un kopīgajiem iepirkumiem, kuros var piedalīties arī "
            "mazās pilsētas.",
            ["Līdz 2027. gadam šķidrā kurināmā katli aizstāti visās ziemeļu apriņķu valsts "
             "skolās",
             "Tīro transportlīdzekļu kritēriji katrā pašvaldības transportlīdzekļu iepirkumā",
             "Desmit kopīgie iepirkumi mazu pašvaldību grupām"],
            ["Ēku energoapsekojumi pirms apkures iepirkumiem",
             "Tehnisko specifikāciju paraugi siltumsūkņiem un elektromobiļiem",
             "Juridiskās konsultācijas par kopīgo iepirkumu"],
        ),
    }, [
        (S.DONE, date(2024, 6, 30), "Model specification for air-to-water heat pumps",
         "Tehniskās specifikācijas paraugs gaiss-ūdens siltumsūkņiem"),
        (S.IN_PROGRESS, date(2025, 12, 31), "Second joint heat-pump tender for 20 schools",
         "Otrais kopīgais siltumsūkņu iepirkums 20 skolām"),
        (S.PLANNED, date(2026, 12, 31), "Market research on electric vehicles and charging",
         "Tirgus izpēte par elektromobiļiem un uzlādi"),
        (S.DROPPED, date(2025, 3, 31), "A national joint tender for renewable electricity",
         "Valsts mēroga kopīgais iepirkums atjaunīgajai elektroenerģijai"),
    ]),
    ("gpps-spain", "en", ["cleaning-products-and-services", "imaging-equipment",
                          "electricity"], "", {
        "en": (
            "Andalusian GPP support unit: strategy 2024-2027",
            "In Andalusia the unit works through the regional procurement office's framework "
            "agreements, so that one set of green criteria reaches hundreds of buyers at once.",
            ["Green criteria in every regional framework agreement that is renewed",
             "Solar panels on 150 more public buildings",
             "Half of the cleaning contracts with ecolabelled products"],
            ["Criteria for framework agreements, written with the procurement office",
             "Roof surveys for solar self-consumption",
             "Webinars in Spanish for municipal buyers"],
        ),
        "lv": (
            "Andalūzijas ZPI atbalsta vienība: stratēģija 2024-2027",
            "Andalūzijā vienība strādā ar reģionālā iepirkumu biroja vispārīgajām vienošanām, "
            "lai viens zaļo kritēriju kopums uzreiz sasniegtu simtiem pasūtītāju.",
            ["Zaļie kritēriji katrā reģionālajā vispārīgajā vienošanās, ko atjauno",
             "Saules paneļi vēl uz 150 publiskām ēkām",
             "Puse uzkopšanas līgumu ar ekomarķētiem līdzekļiem"],
            ["Kritēriji vispārīgajām vienošanām, ko izstrādā kopā ar iepirkumu biroju",
             "Jumtu apsekojumi saules enerģijas pašpatēriņam",
             "Vebināri spāņu valodā pašvaldību iepircējiem"],
        ),
    }, [
        (S.DONE, date(2024, 5, 31), "Green criteria in the renewed printing framework",
         "Zaļie kritēriji atjaunotajā drukas pakalpojumu vienošanās"),
        (S.DONE, date(2024, 11, 30), "Survey of 200 public roofs for solar panels",
         "200 publisko ēku jumtu apsekojums saules paneļiem"),
        (S.IN_PROGRESS, date(2026, 3, 31), "Cleaning framework with daytime cleaning as an "
         "option", "Uzkopšanas vienošanās ar dienas uzkopšanu kā iespēju"),
        (S.PLANNED, date(2027, 6, 30), "A regional guide to renewable electricity tenders",
         "Reģionālas vadlīnijas atjaunīgās elektroenerģijas iepirkumiem"),
    ]),
    ("gpps-greece", "en", ["data-centres", "gardening-and-public-space-maintenance"], "", {
        "en": (
            "Greek GPP support unit: strategy 2024-2027",
            "The Greek unit starts where the savings are easiest to prove: water in public "
            "green spaces and energy in the server rooms of municipalities and ministries.",
            ["Metering in every public server room that is renovated",
             "Water use for irrigation of public green spaces down by a third",
             "GPP training for every regional procurement team"],
            ["Checks of specifications before publication",
             "Model clauses on metering and verification",
             "Site visits with buyers and suppliers"],
        ),
        "lv": (
            "Grieķijas ZPI atbalsta vienība: stratēģija 2024-2027",
            "Grieķijas vienība sāk tur, kur ietaupījumu ir visvieglāk pierādīt: ar ūdeni "
            "publiskajās zaļajās zonās un enerģiju pašvaldību un ministriju serveru telpās.",
            ["Uzskaite katrā publiskajā serveru telpā, ko renovē",
             "Publisko zaļo zonu laistīšanai patērētais ūdens samazināts par trešdaļu",
             "ZPI mācības katrai reģionālajai iepirkumu komandai"],
            ["Tehnisko specifikāciju pārbaude pirms publicēšanas",
             "Līguma noteikumu paraugi par uzskaiti un pārbaudi",
             "Objektu apmeklējumi kopā ar pasūtītājiem un piegādātājiem"],
        ),
    }, [
        (S.DONE, date(2024, 4, 30), "Model clauses on PUE metering after the Athens lessons",
         "Līguma noteikumu paraugi par PUE uzskaiti pēc Atēnu pieredzes"),
        (S.IN_PROGRESS, date(2026, 6, 30), "Irrigation retrofits in five regions",
         "Laistīšanas sistēmu pārbūve piecos reģionos"),
        (S.PLANNED, date(2027, 3, 31), "A national list of drought-tolerant species for "
         "tenders", "Valsts saraksts ar sausumizturīgām sugām iepirkumiem"),
    ]),
    ("gpps-italy", "en", ["food-catering-and-vending", "office-buildings",
                          "gardening-and-public-space-maintenance"], "", {
        "en": (
            "Tuscan GPP support unit: strategy 2024-2027",
            "Italy's minimum environmental criteria are mandatory; the Tuscan unit helps "
            "buyers go beyond them and check that contracts deliver what the criteria "
            "promise.",
            ["Contract monitoring in every school catering contract of the region",
             "Energy performance contracts for 100 more public buildings",
             "Aftercare clauses in every tree-planting tender"],
            ["Monitoring plans and checklists for catering contracts",
             "Pooling of small municipalities' buildings into one energy contract",
             "Peer visits between canteens and kitchens"],
        ),
        "lv": (
            "Toskānas ZPI atbalsta vienība: stratēģija 2024-2027",
            "Itālijā minimālās vides prasības ir obligātas; Toskānas vienība palīdz "
            "pasūtītājiem iet tālāk un pārbaudīt, vai līgumi dod to, ko kritēriji sola.",
            ["Līguma izpildes uzraudzība katrā reģiona skolu ēdināšanas līgumā",
             "Energoefektivitātes līgumi vēl 100 publiskām ēkām",
             "Kopšanas noteikumi katrā koku stādīšanas iepirkumā"],
            ["Uzraudzības plāni un kontrolsaraksti ēdināšanas līgumiem",
             "Mazo pašvaldību ēku apvienošana vienā energoefektivitātes līgumā",
             "Savstarpēji ēdnīcu un virtuvju apmeklējumi"],
        ),
    }, [
        (S.DONE, date(2024, 2, 29), "Checklist for monitoring school catering contracts",
         "Kontrolsaraksts skolu ēdināšanas līgumu uzraudzībai"),
        (S.IN_PROGRESS, date(2025, 12, 31), "A second pooled energy performance contract",
         "Otrais apvienotais energoefektivitātes līgums"),
        (S.IN_PROGRESS, date(2026, 9, 30), "Model aftercare clauses for tree planting",
         "Kopšanas noteikumu paraugi koku stādīšanai"),
        (S.PLANNED, date(2027, 6, 30), "Reusable tableware in all school canteens of the "
         "region", "Daudzreiz lietojami trauki visās reģiona skolu ēdnīcās"),
        (S.DROPPED, date(2025, 6, 30), "A regional label for green caterers",
         "Reģionāla zīme zaļajiem ēdinātājiem"),
    ]),
]  # fmt: skip


def _fields(words) -> dict:
    title, summary, goals, services = words
    return {"title": title, "summary": summary, "goals": rich(goals), "services": rich(services)}


def _load(row, indexes) -> bool:
    unit_slug, source, groups, contact, words, actions = row
    target = OTHER[source]
    unit = SupportUnit.objects.get(slug=unit_slug)
    fields = {language: _fields(words[language]) for language in ("en", "lv")}
    slug = f"strategy-{unit_slug}"
    page, created = strategy_publish(
        index=indexes[source],
        slug=slug,
        data={
            **fields[source],
            "support_unit": unit,
            "period_start": 2024,
            "period_end": 2027,
            "contact_name": contact,
            "contact_email": unit.contact_email,
        },
        actions=[
            {
                "title": en if source == "en" else lv,
                "status": status,
                "target_date": target_date,
                "sort_order": order,
            }
            for order, (status, target_date, en, lv) in enumerate(actions)
        ],
        product_groups=ProductGroup.objects.filter(slug__in=groups),
    )
    strings = {slug: slug, **strings_between(fields[source], fields[target], ("goals", "services"))}
    for _status, _date, en, lv in actions:
        strings[en if source == "en" else lv] = lv if source == "en" else en
    return translate_once(page, target, strings) or created


def strategy_steps(indexes) -> list[DemoStep]:
    return [(f"strategy of {row[0]}", lambda row=row: _load(row, indexes)) for row in STRATEGIES]
