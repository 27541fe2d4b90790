"""Demo EU GPP criteria for a few product groups, paraphrased from the EU GPP criteria sets, in
English and Latvian."""

from .demo_loader import DemoStep
from .taxonomy import Criterion, ProductGroup

L, T = Criterion.Level, Criterion.Type
CRITERIA = {
    # code, level, type, (criterion, verification) in English, the same in Latvian
    "furniture": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Wood comes from legal sources and at least 50% from sustainably managed forests.",
          "FSC or PEFC chain-of-custody certificate."),
         ("Koksne ir iegūta likumīgi, un vismaz 50% no tās nāk no ilgtspējīgi apsaimniekotiem "
          "mežiem.", "FSC vai PEFC piegādes ķēdes sertifikāts.")),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Coatings and adhesives do not contain hazardous substances listed in the criteria.",
          "Safety data sheets; EU Ecolabel or Nordic Swan accepted."),
         ("Pārklājumi un līmes nesatur kritērijos uzskaitītās bīstamās vielas.",
          "Drošības datu lapas; der arī ES ekomarķējums vai Ziemeļvalstu gulbis.")),
        ("TS3", L.COMPREHENSIVE, T.TECHNICAL_SPECIFICATION,
         ("Spare parts are available for at least five years after the end of the contract.",
          "Declaration of the manufacturer."),
         ("Rezerves daļas ir pieejamas vismaz piecus gadus pēc līguma beigām.",
          "Ražotāja apliecinājums.")),
        ("AC1", L.COMPREHENSIVE, T.AWARD,
         ("Points for furniture designed for disassembly and repair.", "Assembly instructions."),
         ("Papildu punkti par mēbelēm, kuras var izjaukt un salabot.", "Montāžas instrukcija.")),
    ],
    "food-catering-and-vending": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("At least 20% of food by value is organic.", "Organic certificates or invoices."),
         ("Vismaz 20% no pārtikas vērtības ir bioloģiski produkti.",
          "Bioloģiskās lauksaimniecības sertifikāti vai rēķini.")),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Seafood comes from sustainable fisheries.", "MSC or ASC certificate."),
         ("Zivis un jūras veltes ir no ilgtspējīgas zvejas.", "MSC vai ASC sertifikāts.")),
        ("CPC1", L.CORE, T.CONTRACT_CLAUSE,
         ("Food waste is measured and reported every quarter.", "Quarterly reports."),
         ("Pārtikas atkritumus mēra un par tiem ziņo katru ceturksni.", "Ceturkšņa pārskati.")),
        ("AC1", L.COMPREHENSIVE, T.AWARD,
         ("Points for more plant-based menus.", "Menu plans."),
         ("Papildu punkti par vairāk augu valsts ēdienu ēdienkartē.", "Ēdienkaršu plāni.")),
    ],
    "road-lighting-and-traffic-signals": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Luminaires reach a luminous efficacy of at least 110 lm/W.",
          "Manufacturer data sheet."),
         ("Gaismekļu gaismas efektivitāte ir vismaz 110 lm/W.", "Ražotāja tehnisko datu lapa.")),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Dimming is possible to reduce light at night.", "Control system specification."),
         ("Apgaismojumu var regulēt, lai naktī to samazinātu.",
          "Vadības sistēmas specifikācija.")),
        ("TS3", L.COMPREHENSIVE, T.TECHNICAL_SPECIFICATION,
         ("Upward light output ratio is 0% to limit light pollution.", "Photometric file."),
         ("Uz augšu vērstās gaismas daļa ir 0%, lai ierobežotu gaismas piesārņojumu.",
          "Fotometriskais fails.")),
        ("CPC1", L.COMPREHENSIVE, T.CONTRACT_CLAUSE,
         ("Energy use is metered and reported for the first two years.", "Metering reports."),
         ("Enerģijas patēriņu uzskaita un par to ziņo pirmos divus gadus.",
          "Uzskaites pārskati.")),
    ],
    "cleaning-products-and-services": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Cleaning products meet the EU Ecolabel criteria.", "EU Ecolabel or equivalent."),
         ("Tīrīšanas līdzekļi atbilst ES ekomarķējuma kritērijiem.",
          "ES ekomarķējums vai līdzvērtīgs marķējums.")),
        ("SC1", L.CORE, T.SELECTION,
         ("Staff are trained in environmentally friendly cleaning.", "Training records."),
         ("Darbinieki ir apmācīti videi draudzīgā uzkopšanā.", "Mācību apliecinājumi.")),
        ("AC1", L.COMPREHENSIVE, T.AWARD,
         ("Points for microfibre and dosing systems that cut chemical use.", "Product list."),
         ("Papildu punkti par mikrošķiedras piederumiem un dozēšanas sistēmām, kas samazina "
          "ķīmisko vielu patēriņu.", "Produktu saraksts.")),
    ],
    "computers-and-monitors": [
        ("TS1", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Energy use is within the latest ENERGY STAR limits.", "ENERGY STAR registration."),
         ("Enerģijas patēriņš nepārsniedz jaunākās ENERGY STAR robežvērtības.",
          "ENERGY STAR reģistrācija.")),
        ("TS2", L.CORE, T.TECHNICAL_SPECIFICATION,
         ("Batteries and memory can be replaced by the user.", "Repair manual."),
         ("Lietotājs pats var nomainīt akumulatoru un atmiņu.", "Remonta rokasgrāmata.")),
        ("TS3", L.COMPREHENSIVE, T.TECHNICAL_SPECIFICATION,
         ("A warranty of at least five years.", "Warranty terms."),
         ("Vismaz piecu gadu garantija.", "Garantijas noteikumi.")),
    ],
}  # fmt: skip


def _step(slug: str, rows) -> DemoStep:
    """A group's criteria by code and level; a second run brings their texts up to date."""

    def load() -> bool:
        group = ProductGroup.objects.get(slug=slug)
        created = False
        for order, (code, level, type_, english, latvian) in enumerate(rows):
            _, new = Criterion.objects.update_or_create(
                product_group=group,
                code=code,
                level=level,
                # The fields of the product group's admin form (kb_site/translation.py).
                defaults={"type": type_, "text_en": english[0], "verification_en": english[1],
                          "text_lv": latvian[0], "verification_lv": latvian[1],
                          "sort_order": order},
            )  # fmt: skip
            created = created or new
        return created

    return (f"criteria {slug}", load)


def demo_steps():
    yield from (_step(slug, rows) for slug, rows in CRITERIA.items())
