"""The resource library: tender templates, criteria sheets, guides, trainings and position
papers, each with a PDF in the language it is written in (`resource_language`). A resource
written in Latvian has its page written in Latvian first; the others in English."""

from kb_site.demo_loader import DemoStep
from kb_site.taxonomy import ProductGroup
from practices.models import ResourcePage
from practices.services import document_upsert, resource_publish

from .pdf import demo_pdf
from .translating import OTHER, strings_between, translate_once

K = ResourcePage.Kind

# kind, product groups, resource language, country, year, tags, (English title, summary),
# (Latvian title, summary)
RESOURCES = [
    (K.TENDER_TEMPLATE, ["road-lighting-and-traffic-signals"], "en", "", 2024,
     ("template", "LED"),
     ("Tender template: LED street lighting with remote control",
      "Technical specifications, award criteria with the energy cost over 20 years and "
      "contract clauses on control-system data, ready to adapt for an open procedure."),
     ("Iepirkuma dokumentu paraugs: LED ielu apgaismojums ar attālinātu vadību",
      "Tehniskā specifikācija, vērtēšanas kritēriji ar elektroenerģijas izmaksām 20 gados un "
      "līguma noteikumi par vadības sistēmas datiem, ko var pielāgot atklātam konkursam.")),
    (K.TENDER_TEMPLATE, ["food-catering-and-vending"], "en", "", 2023,
     ("template", "school meals"),
     ("Tender template: school catering with organic and seasonal food",
      "Lots per school, a minimum organic share, seasonal menus and a monitoring clause with "
      "quarterly checks of delivery notes."),
     ("Iepirkuma dokumentu paraugs: skolu ēdināšana ar bioloģisku un sezonālu pārtiku",
      "Iepirkuma daļas pa skolām, minimālais bioloģisko produktu īpatsvars, sezonāla "
      "ēdienkarte un līguma izpildes uzraudzība ar pavadzīmju pārbaudi katru ceturksni.")),
    (K.TENDER_TEMPLATE, ["cleaning-products-and-services"], "lv", "LV", 2024,
     ("template", "ecolabel"),
     ("Tender template: cleaning services with ecolabelled products",
      "A technical specification and contract terms for cleaning services, with the share of "
      "ecolabelled products, dosing systems and staff training checked during the contract."),
     ("Iepirkuma nolikuma paraugs: uzkopšanas pakalpojumi ar ekomarķētiem līdzekļiem",
      "Tehniskā specifikācija un līguma noteikumi uzkopšanas pakalpojumiem: ekomarķētu "
      "līdzekļu īpatsvars, dozēšanas sistēmas un personāla apmācība, ko pārbauda līguma "
      "izpildes laikā.")),
    (K.CRITERIA_SHEET, ["computers-and-monitors"], "en", "", 2023, ("criteria",),
     ("Criteria sheet: computers and monitors",
      "The EU GPP core and comprehensive criteria for computers and monitors on two pages, "
      "with how to verify each: energy, durability, spare parts and battery replacement."),
     ("Kritēriju lapa: datori un monitori",
      "ES ZPI pamata un visaptverošie kritēriji datoriem un monitoriem divās lappusēs, ar "
      "katra kritērija pārbaudes veidu: enerģija, ilgmūžība, rezerves daļas un akumulatora "
      "nomaiņa.")),
    (K.CRITERIA_SHEET, ["furniture"], "en", "", 2022, ("criteria", "circular"),
     ("Criteria sheet: furniture",
      "Core and comprehensive criteria for furniture, including refurbishment, emissions of "
      "formaldehyde and take-back, with the evidence to ask for."),
     ("Kritēriju lapa: mēbeles",
      "Pamata un visaptverošie kritēriji mēbelēm, ieskaitot atjaunošanu, formaldehīda "
      "emisijas un atpakaļpieņemšanu, kā arī pierādījumi, kas jāprasa.")),
    (K.CRITERIA_SHEET, ["food-catering-and-vending"], "lv", "LV", 2024, ("criteria",),
     ("Criteria sheet: food and catering in Latvia",
      "The GPP requirements for food and catering that Latvian law makes mandatory, with the "
      "food quality schemes that count and how to check delivery notes."),
     ("Kritēriju lapa: pārtika un ēdināšana",
      "Latvijas normatīvajos aktos obligātās ZPI prasības pārtikai un ēdināšanas "
      "pakalpojumiem, kuras pārtikas kvalitātes shēmas tiek ņemtas vērā un kā pārbaudīt "
      "pavadzīmes.")),
    (K.GUIDE, ["road-transport", "office-buildings"], "en", "", 2023, ("life-cycle cost",),
     ("Guide: life-cycle costing in public tenders",
      "How to compare offers on the cost of buying, running and disposing, with worked "
      "examples for electric vehicles and building renovation."),
     ("Vadlīnijas: dzīves cikla izmaksas publiskajos iepirkumos",
      "Kā salīdzināt piedāvājumus pēc iegādes, lietošanas un utilizācijas izmaksām, ar "
      "aprēķinu piemēriem elektromobiļiem un ēku renovācijai.")),
    (K.GUIDE, ["furniture", "textiles"], "en", "", 2024, ("market dialogue",),
     ("Guide: market dialogue before a green tender",
      "Steps, templates and the legal limits for talking to suppliers before you publish, "
      "so that criteria match what the market can deliver."),
     ("Vadlīnijas: tirgus izpēte un dialogs pirms zaļā iepirkuma",
      "Soļi, veidnes un juridiskās robežas sarunām ar piegādātājiem pirms iepirkuma "
      "izsludināšanas, lai kritēriji atbilstu tam, ko tirgus spēj piedāvāt.")),
    (K.GUIDE, ["electricity", "road-lighting-and-traffic-signals"], "lv", "LV", 2025,
     ("municipalities",),
     ("Guide: green public procurement in municipalities",
      "Practical advice for municipal procurers in Latvia on where to start with GPP, which "
      "product groups are mandatory and where to get help."),
     ("Vadlīnijas: zaļais publiskais iepirkums pašvaldībās",
      "Praktiski padomi pašvaldību iepirkumu speciālistiem, ar ko sākt ZPI, kuras produktu "
      "grupas ir obligātas un kur meklēt palīdzību.")),
    (K.GUIDE, ["electricity"], "multi", "ES", 2023, ("renewable",),
     ("Guía: compra pública verde de electricidad",
      "A Spanish guide, with English summaries, to buying renewable electricity: guarantees "
      "of origin, new capacity and model clauses."),
     ("Guía: compra pública verde de electricidad",
      "Spāņu vadlīnijas ar kopsavilkumiem angļu valodā par atjaunīgās elektroenerģijas "
      "iepirkumu: izcelsmes apliecinājumi, jauna jauda un līguma noteikumu paraugi.")),
    (K.TRAINING, ["office-buildings", "computers-and-monitors"], "en", "", 2024,
     ("training",),
     ("Training: GPP basics for procurers (slides)",
      "A half-day training on what GPP is, the EU criteria, how to verify them and where to "
      "find help."),
     ("Mācības: ZPI pamati iepirkumu speciālistiem (slaidi)",
      "Četru stundu mācības par to, kas ir ZPI, ES kritērijiem, to pārbaudi un to, kur meklēt "
      "palīdzību.")),
    (K.TRAINING, ["cleaning-products-and-services", "textiles"], "en", "", 2025,
     ("evidence", "ecolabel"),
     ("Training: verifying ecolabels and certificates",
      "Exercises on checking the evidence suppliers give: ecolabel licences, test reports and "
      "certificates, and what to do when they are missing."),
     ("Mācības: ekomarķējumu un sertifikātu pārbaude",
      "Uzdevumi par piegādātāju iesniegto pierādījumu pārbaudi: ekomarķējuma licences, "
      "testēšanas pārskati un sertifikāti, un kā rīkoties, ja to nav.")),
    (K.TRAINING, ["road-transport"], "lv", "LV", 2025, ("training", "life-cycle cost"),
     ("Training material: life-cycle cost of vehicles",
      "Exercises with solutions on the life-cycle cost of vehicles, from a diesel van to an "
      "electric car, with Latvian energy prices."),
     ("Mācību materiāls: transportlīdzekļu dzīves cikla izmaksu aprēķins",
      "Uzdevumi ar risinājumiem par transportlīdzekļu dzīves cikla izmaksām, no dīzeļa "
      "furgona līdz elektromobilim, ar Latvijas enerģijas cenām.")),
    (K.POSITION_PAPER, ["office-buildings"], "en", "", 2025, ("policy",),
     ("Position paper: mandatory GPP criteria for public buildings",
      "Why the support units ask for mandatory minimum criteria in building renovation, and "
      "which ones."),
     ("Nostājas dokuments: obligāti ZPI kritēriji publiskajām ēkām",
      "Kāpēc atbalsta vienības aicina noteikt obligātus minimālos kritērijus ēku renovācijā "
      "un kādus tieši.")),
    (K.POSITION_PAPER, ["electricity", "road-transport"], "en", "HR", 2024,
     ("joint procurement",),
     ("Position paper: joint procurement for small municipalities",
      "How joint tenders let small buyers ask for greener products at lower prices, with "
      "examples from Croatia and Latvia."),
     ("Nostājas dokuments: kopīgais iepirkums mazām pašvaldībām",
      "Kā kopīgie iepirkumi ļauj maziem pasūtītājiem prasīt zaļākus produktus par zemākām "
      "cenām, ar piemēriem no Horvātijas un Latvijas.")),
]  # fmt: skip


def _load(number: int, row, indexes) -> bool:
    kind, groups, language, country, year, tags, en, lv = row
    source = "lv" if language == "lv" else "en"
    fields = {
        code: {"title": title, "summary": summary}
        for code, (title, summary) in (("en", en), ("lv", lv))
    }
    slug = f"resource-{number:02d}"
    title = fields[source]["title"]
    document = document_upsert(title=title, filename=f"{slug}.pdf", content=demo_pdf(title))
    page, created = resource_publish(
        index=indexes[source],
        slug=slug,
        data={
            **fields[source],
            "kind": kind,
            "resource_language": language,
            "country": country,
            "year": year,
        },
        documents=[document],
        product_groups=ProductGroup.objects.filter(slug__in=groups),
        tags=tags,
    )
    target = OTHER[source]
    strings = {slug: slug, **strings_between(fields[source], fields[target])}
    return translate_once(page, target, strings) or created


def resource_steps(indexes) -> list[DemoStep]:
    return [
        (f"resource {number}", lambda number=number, row=row: _load(number, row, indexes))
        for number, row in enumerate(RESOURCES, start=1)
    ]
