"""Demo EU GPP criteria for a few product groups, paraphrased from the EU GPP criteria sets."""

from .demo_loader import DemoStep
from .taxonomy import Criterion, ProductGroup

L, T = Criterion.Level, Criterion.Type
CRITERIA = {
    "furniture": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Wood comes from legal sources and at least 50% from sustainably managed forests.",
         "FSC or PEFC chain-of-custody certificate."),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Coatings and adhesives do not contain hazardous substances listed in the criteria.",
         "Safety data sheets; EU Ecolabel or Nordic Swan accepted."),
        ("TS3", L.COMPREHENSIVE, T.TECHNICAL_SPECIFICATION,
         "Spare parts are available for at least five years after the end of the contract.",
         "Declaration of the manufacturer."),
        ("AC1", L.COMPREHENSIVE, T.AWARD,
         "Points for furniture designed for disassembly and repair.", "Assembly instructions."),
    ],
    "food-catering-and-vending": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         "At least 20% of food by value is organic.", "Organic certificates or invoices."),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Seafood comes from sustainable fisheries.", "MSC or ASC certificate."),
        ("CPC1", L.CORE, T.CONTRACT_CLAUSE,
         "Food waste is measured and reported every quarter.", "Quarterly reports."),
        ("AC1", L.COMPREHENSIVE, T.AWARD,
         "Points for more plant-based menus.", "Menu plans."),
    ],
    "road-lighting-and-traffic-signals": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Luminaires reach a luminous efficacy of at least 110 lm/W.", "Manufacturer data sheet."),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Dimming is possible to reduce light at night.", "Control system specification."),
        ("TS3", L.COMPREHENSIVE, T.TECHNICAL_SPECIFICATION,
         "Upward light output ratio is 0% to limit light pollution.", "Photometric file."),
        ("CPC1", L.COMPREHENSIVE, T.CONTRACT_CLAUSE,
         "Energy use is metered and reported for the first two years.", "Metering reports."),
    ],
    "cleaning-products-and-services": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Cleaning products meet the EU Ecolabel criteria.", "EU Ecolabel or equivalent."),
        ("SC1", L.CORE, T.SELECTION,
         "Staff are trained in environmentally friendly cleaning.", "Training records."),
        ("AC1", L.COMPREHENSIVE, T.AWARD,
         "Points for microfibre and dosing systems that cut chemical use.", "Product list."),
    ],
    "computers-and-monitors": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Energy use is within the latest ENERGY STAR limits.", "ENERGY STAR registration."),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         "Batteries and memory can be replaced by the user.", "Repair manual."),
        ("TS3", L.COMPREHENSIVE, T.TECHNICAL_SPECIFICATION,
         "A warranty of at least five years.", "Warranty terms."),
    ],
}  # fmt: skip


def _step(slug: str, rows) -> DemoStep:
    def load() -> bool:
        group = ProductGroup.objects.get(slug=slug)
        created = False
        for order, (code, level, type_, text, verification) in enumerate(rows):
            _, new = Criterion.objects.update_or_create(
                product_group=group,
                code=code,
                level=level,
                defaults={"type": type_, "text": text, "verification": verification,
                          "sort_order": order},
            )  # fmt: skip
            created = created or new
        return created

    return (f"criteria {slug}", load)


def demo_steps():
    yield from (_step(slug, rows) for slug, rows in CRITERIA.items())
