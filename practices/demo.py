"""Demo case studies: 40 procurements across 8 countries and 10 product groups, the Latvian
ones written in Latvian, with impact figures estimated the way buyers report them."""

from decimal import Decimal

from kb_site.demo_loader import DemoStep
from kb_site.taxonomy import ProductGroup
from members.models import Organisation

from .demo_library import _case_study_extra_steps, _resource_steps, _strategy_steps
from .models import CaseStudyIndexPage, CaseStudyPage, ResourceIndexPage, StrategyIndexPage
from .services import case_study_publish

P = CaseStudyPage.Procedure
# product group, title, summary, results, lessons, procedure, tCO2e, MWh, EUR, tags
STORIES = [
    ("road-lighting-and-traffic-signals", "LED street lighting with dimming in {place}",
     "{buyer} replaced {n} sodium street lights with dimmable LED luminaires under an energy "
     "performance contract.", "Energy use for street lighting fell by more than half.",
     "Ask for the photometric files in the tender, not after award.", P.OPEN, 310, 640, 410000,
     ["LED", "energy performance contract"]),
    ("food-catering-and-vending", "Organic and local school meals in {place}",
     "{buyer} asked for at least 20% organic food and seasonal menus for {n} pupils.",
     "Organic share reached 31%; food waste fell by a fifth.",
     "Split the lots by region so local farms can bid.", P.OPEN, 95, None, 52000,
     ["school meals", "organic"]),
    ("furniture", "Refurbished and ecolabelled office furniture for {buyer}",
     "A framework for {n} workplaces that prefers refurbished furniture and FSC wood.",
     "Two thirds of the furniture was refurbished; the rest carried the EU Ecolabel.",
     "A market dialogue first showed that refurbishers could deliver at scale.", P.FRAMEWORK,
     42, None, 88000, ["circular", "refurbished"]),
    ("cleaning-products-and-services", "Ecolabelled cleaning of public buildings in {place}",
     "{buyer} bought cleaning of {n} m² with ecolabelled products and trained staff.",
     "Chemical use fell by 40% thanks to dosing systems and microfibre.",
     "Check training records during the contract, not only at award.", P.RESTRICTED, 12,
     None, 30000, ["ecolabel", "cleaning"]),
    ("computers-and-monitors", "Repairable laptops for {place}'s schools",
     "{buyer} bought {n} laptops with a five-year warranty and replaceable batteries.",
     "Devices last two years longer than the previous generation.",
     "Ask for spare-part prices in the offer.", P.JOINT, 58, 120, 95000,
     ["repairability", "warranty"]),
    ("electricity", "Renewable electricity for {buyer}'s buildings",
     "A joint tender for {n} MWh a year of electricity from new renewable sources.",
     "All municipal buildings run on guarantees-of-origin backed green power.",
     "Guarantees of origin alone do not add capacity; ask for new installations.", P.JOINT,
     1450, None, 0, ["renewable", "joint procurement"]),
    ("road-transport", "Electric buses for {place}",
     "{buyer} bought {n} battery-electric buses with charging at the depot.",
     "Diesel use on the city lines dropped by a third.",
     "Plan the grid connection a year ahead of delivery.", P.NEGOTIATED, 620, None, 1200000,
     ["e-mobility", "buses"]),
    ("office-buildings", "Nearly zero-energy renovation of {buyer}'s office",
     "Deep renovation of a {n} m² office with heat pumps and solar panels.",
     "Heat demand fell from 160 to 45 kWh/m² a year.",
     "Award criteria on life-cycle cost won over the council.", P.COMPETITIVE_DIALOGUE, 210,
     380, 640000, ["renovation", "life-cycle cost"]),
    ("textiles", "Workwear from recycled fibres for {buyer}",
     "Uniforms for {n} staff with recycled polyester and a take-back scheme.",
     "1.2 tonnes of old workwear went back to the supplier for recycling.",
     "Sizes and fit tests matter as much as the fibre.", P.OPEN, 18, None, 15000,
     ["textiles", "take-back"]),
    ("gardening-and-public-space-maintenance", "Pesticide-free parks in {place}",
     "{buyer} bought maintenance of {n} ha of parks without chemical pesticides.",
     "Biodiversity counts rose; citizen complaints about weeds stayed low.",
     "Explain the change to residents before the first summer.", P.BELOW_THRESHOLD, 8, None,
     -1, ["biodiversity", "pesticide-free"]),
]  # fmt: skip
# The "{n}" of each story: street lights, pupils, workplaces, m², laptops, MWh, buses, m²,
# staff, hectares.
SIZES = {
    "road-lighting-and-traffic-signals": 1800, "food-catering-and-vending": 2400,
    "furniture": 350, "cleaning-products-and-services": 42000, "computers-and-monitors": 900,
    "electricity": 5200, "road-transport": 14, "office-buildings": 4200, "textiles": 260,
    "gardening-and-public-space-maintenance": 85,
}  # fmt: skip
PLACES = [
    ("LV", "Jelgava", "jelgava-municipality"), ("HR", "Koprivnica", "koprivnica"),
    ("ES", "Sevilla", "es-municipality-0"), ("EL", "Athens", "el-municipality-0"),
    ("IT", "Firenze", "it-municipality-0"), ("PT", "Porto", "pt-municipality-0"),
    ("CY", "Nicosia", "cy-municipality-0"), ("EE", "Tallinn", "ee-municipality-0"),
]  # fmt: skip
# Latvian case studies are written in Latvian, in the Latvian page tree.
LATVIAN = {
    "road-lighting-and-traffic-signals": (
        "LED ielu apgaismojums ar regulēšanu {place}",
        "{buyer} nomainīja {n} nātrija lampas pret regulējamiem LED gaismekļiem.",
        "Ielu apgaismojuma enerģijas patēriņš samazinājās vairāk nekā uz pusi.",
        "Fotometriskos failus prasiet jau iepirkumā, nevis pēc līguma slēgšanas."),
    "food-catering-and-vending": (
        "Bioloģiska un vietēja skolu ēdināšana {place}",
        "{buyer} prasīja vismaz 20% bioloģiskas pārtikas un sezonālu ēdienkarti {n} skolēniem.",
        "Bioloģiskās pārtikas īpatsvars sasniedza 31%; pārtikas atkritumi samazinājās par piekto daļu.",
        "Sadaliet iepirkumu daļās pa reģioniem, lai vietējās saimniecības varētu piedalīties."),
    "furniture": (
        "Atjaunotas un ekomarķētas biroja mēbeles",
        "Vispārīgā vienošanās {n} darba vietām, kurā priekšroka dota atjaunotām mēbelēm.",
        "Divas trešdaļas mēbeļu bija atjaunotas, pārējām bija ES ekomarķējums.",
        "Tirgus dialogs parādīja, ka atjaunotāji spēj piegādāt lielos apjomos."),
    "cleaning-products-and-services": (
        "Ekomarķēta sabiedrisko ēku uzkopšana {place}",
        "{buyer} iepirka {n} m² uzkopšanu ar ekomarķētiem līdzekļiem un apmācītu personālu.",
        "Ķīmisko vielu patēriņš samazinājās par 40%.",
        "Apmācību dokumentus pārbaudiet līguma izpildes laikā, ne tikai iepirkumā."),
    "computers-and-monitors": (
        "Remontējami klēpjdatori skolām",
        "{buyer} iegādājās {n} klēpjdatorus ar piecu gadu garantiju un maināmām baterijām.",
        "Ierīces kalpo par diviem gadiem ilgāk nekā iepriekšējās.",
        "Piedāvājumā prasiet rezerves daļu cenas."),
}  # fmt: skip


def _story_steps(index_by_language) -> list[DemoStep]:
    steps = []
    for number in range(40):
        country, place, buyer_slug = PLACES[number % len(PLACES)]
        story = STORIES[number % len(STORIES)]
        group_slug, title, summary, results, lessons, procedure, co2, mwh, eur, tags = story
        latvian = country == "LV" and group_slug in LATVIAN
        if latvian:
            title, summary, results, lessons = LATVIAN[group_slug]
            place = "Jelgavā"  # Latvian titles say where in the locative
        language = "lv" if latvian else "en"

        def load(number=number, country=country, place=place, buyer_slug=buyer_slug,
                 group_slug=group_slug, title=title, summary=summary, results=results,
                 lessons=lessons, procedure=procedure, co2=co2, mwh=mwh, eur=eur, tags=tags,
                 language=language) -> bool:  # fmt: skip
            buyer = Organisation.objects.filter(slug=buyer_slug).first()
            group = ProductGroup.objects.get(slug=group_slug)
            # Each story appears four times (one per round of ten); later rounds are bigger.
            scale = Decimal("1") + Decimal("0.35") * (number // 10) + Decimal("0.07") * (number % 7)
            n = int(SIZES[group_slug] * scale)
            _page, created = case_study_publish(
                index=index_by_language[language],
                slug=f"case-{number + 1:02d}",
                data={
                    "title": title.format(place=place, buyer=buyer.name if buyer else place),
                    "summary": summary.format(buyer=buyer.name if buyer else place, n=n),
                    "kind": "bad" if number % 9 == 8 else "good",
                    "procurer": buyer,
                    "country": country,
                    "region": place,
                    "procedure": procedure,
                    "year": 2018 + number % 8,
                    "contract_value": Decimal(20000 + number * 9500),
                    "results": f"<p>{results}</p>",
                    "lessons_learned": f"<p>{lessons}</p>",
                    "co2_tonnes_per_year": (Decimal(co2) * scale) if co2 else None,
                    "mwh_per_year": (Decimal(mwh) * scale) if mwh else None,
                    "lcc_saving_eur": (Decimal(eur) * scale) if eur and eur > 0 else None,
                    "impact_method": (
                        "Salīdzināts ar iepriekšējo līgumu tādā pašā periodā; emisiju faktori "
                        "no nacionālās inventarizācijas."
                        if language == "lv"
                        else "Compared with the previous contract over the same period; "
                        "emission factors from the national inventory."
                    ),
                },
                product_groups=[group],
                criteria=list(group.criteria.all()[:2]),
                tags=tags,
            )
            return created

        steps.append((f"case study {number + 1}", load))
    return steps


def demo_steps():
    indexes = {
        index.locale.language_code: index
        for index in CaseStudyIndexPage.objects.select_related("locale")
    }
    if not {"en", "lv"} <= set(indexes):
        raise RuntimeError("The case-study indexes are missing: run `manage.py migrate` first.")
    yield from _story_steps(indexes)
    yield from _strategy_steps(_indexes(StrategyIndexPage))
    yield from _resource_steps(_indexes(ResourceIndexPage))
    yield from _case_study_extra_steps()


def _indexes(model) -> dict:
    indexes = {
        index.locale.language_code: index for index in model.objects.select_related("locale")
    }
    if not {"en", "lv"} <= set(indexes):
        raise RuntimeError(f"{model.__name__} is missing: run `manage.py migrate` first.")
    return indexes
