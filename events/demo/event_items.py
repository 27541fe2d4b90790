# ruff: noqa: RUF001 - Latvian typography sets a dash as an en dash
"""The demo events, each written once in two languages: every text is a pair (English,
Latvian), so the translation of each segment sits next to its source. ``source`` is the language
the organiser wrote in: Latvian for events organised in Latvia, English for the partners'.

``days`` counts from the day the demo is loaded (negative: past); ``start``/``end`` are the wall
clock of ``zone``, the zone of the place (online: of the organiser). Agenda rows are
(time, English, Latvian); minutes are ("h3" | "p", English, Latvian) or ("ul", [pairs])."""

from ..models import EventPage

K = EventPage.Kind
ARRIVAL = ("10:00", "Arrival and coffee", "Ierašanās un kafija")
BREAK = ("11:45", "Break", "Kafijas pauze")
CLOSE = ("12:45", "Summary and next steps", "Kopsavilkums un nākamie soļi")
QUESTIONS = ("Questions and answers", "Jautājumi un atbildes")
PRESENT = ("h3", "Present", "Piedalījās")
DISCUSSED = ("h3", "Discussed", "Apspriestie jautājumi")
AGREED = ("h3", "Agreed", "Nolemts")
ZREA = ("Ilze Liepiņa", "Zemgales reģionālā enerģētikas aģentūra")
IUB = ("Jānis Kalniņš", "Iepirkumu uzraudzības birojs")
ZIC = ("Andris Bērziņš", "Zemgales iepirkumu centrs")
VPR = ("Kristīne Kļaviņa", "Vidzemes plānošanas reģions")
REA_NORTH = ("Ivana Horvat", "Regionalna energetska agencija Sjever")
REGEA = ("Tomislav Novak", "Regional Energy Agency of Northwest Croatia")
KOPRIVNICA = ("Marko Kovačević", "Grad Koprivnica")
AAE = ("Lucía Fernández", "Agencia Andaluza de la Energía")
ANDALUSIA = ("Javier Morales", "Andalusian Regional Procurement Office")
CRES = ("Eleni Papadopoulou", "Centre for Renewable Energy Sources and Saving")
AFE = ("Marco Bianchi", "Agenzia Fiorentina per l'Energia")
PORTO = ("Ana Sousa", "Agência de Energia do Porto")
CEA = ("Andreas Georgiou", "Cyprus Energy Agency")
TARTU = ("Kadri Tamm", "Tartu Regional Energy Agency")


def round_table(slug, source, days, zone, place, country, group, organisers, product_group,
                speakers, title, summary, agenda, minutes=()):  # fmt: skip
    return {
        "slug": slug, "source": source, "kind": K.ROUND_TABLE, "days": days, "start": "10:00",
        "end": "13:00", "zone": zone, "place": place, "country": country, "group": group,
        "organisers": organisers, "product_groups": [product_group], "capacity": 30,
        "public": False, "speakers": speakers, "title": title, "summary": summary,
        # Every round table runs 10:00-13:00 with a break before its discussion.
        "agenda": [ARRIVAL, *agenda[:3], BREAK, *agenda[3:], CLOSE],
        "minutes": list(minutes),
    }  # fmt: skip


ROUND_TABLES = [
    round_table(
        "round-table-zemgale-past", "lv", -20, "Europe/Riga", "Jelgava, Katoļu iela 2b", "LV",
        "zemgale", ["zrea", "jelgava-municipality"], "food-catering-and-vending",
        [("Līga Ozola", "Jelgavas valstspilsētas pašvaldība"), ZREA],
        ("Zemgale GPP working group round table: school catering",
         "Zemgales ZPI darba grupas apaļā galda diskusija: skolu ēdināšana"),
        ("Procurement officers of the Zemgale municipalities compare their school catering "
         "tenders and look at how the EU GPP criteria for food can be used in the next ones.",
         "Zemgales pašvaldību iepirkumu speciālisti salīdzina savus skolu ēdināšanas iepirkumus "
         "un pārrunā, kā nākamajos iepirkumos piemērot ES ZPI kritērijus pārtikai."),
        [("10:15", "Welcome and round of introductions, Zemgale Regional Energy Agency",
          "Atklāšana un dalībnieku iepazīšanās, Zemgales reģionālā enerģētikas aģentūra"),
         ("10:30", "Jelgava's school catering tender: lots, criteria and the first year of the "
          "contract", "Jelgavas skolu ēdināšanas iepirkums: iepirkuma daļas, kritēriji un "
          "līguma pirmais gads"),
         ("11:15", "The national GPP requirements for food and what the EU criteria add",
          "Latvijā noteiktās ZPI prasības pārtikai un ko papildus piedāvā ES kritēriji"),
         ("12:00", "Discussion: seasonal products, food waste and checking the suppliers' "
          "evidence", "Diskusija: sezonāli produkti, pārtikas atkritumi un piegādātāju "
          "iesniegto pierādījumu pārbaude")],
        [PRESENT,
         ("p", "Procurement officers of the city of Jelgava and of Dobele, Bauska and Jēkabpils "
          "municipalities, the Zemgale procurement centre and the Zemgale Regional Energy "
          "Agency (18 participants).",
          "Jelgavas valstspilsētas un Dobeles, Bauskas un Jēkabpils novadu pašvaldību iepirkumu "
          "speciālisti, Zemgales iepirkumu centrs un Zemgales reģionālā enerģētikas aģentūra "
          "(18 dalībnieki)."),
         DISCUSSED,
         ("ul", [
             ("Jelgava shared its tender documents: 30% of the score for seasonal and organic "
              "products, and a menu plan checked by a dietitian.",
              "Jelgava dalījās ar savu iepirkuma dokumentāciju: 30 % no vērtējuma piešķir par "
              "sezonāliem un bioloģiskiem produktiem, ēdienkarti saskaņo uztura speciālists."),
             ("Small municipalities receive few offers; lots by school and by product group "
              "could help local producers.",
              "Mazās pašvaldības saņem maz piedāvājumu; sadalījums daļās pa skolām un produktu "
              "grupām varētu palīdzēt vietējiem ražotājiem."),
             ("Checking the evidence is the weak point: nobody has the time to check "
              "certificates during the contract.",
              "Vājākā vieta ir pierādījumu pārbaude: līguma izpildes laikā sertifikātu "
              "pārbaudei nevienam nepietiek laika."),
         ]),
         AGREED,
         ("p", "The Zemgale procurement centre prepares a joint market consultation with "
          "caterers before the spring tenders; the energy agency drafts a checklist for "
          "monitoring the contracts.",
          "Zemgales iepirkumu centrs pirms pavasara iepirkumiem rīkos kopīgu tirgus izpēti, "
          "iesaistot ēdināšanas uzņēmumus; enerģētikas aģentūra sagatavos kontroles lapu "
          "līgumu izpildes uzraudzībai.")],
    ),
    round_table(
        "round-table-zemgale-next", "lv", 6, "Europe/Riga", "Jelgava, Lielā iela 11", "LV",
        "zemgale", ["zrea", "zemgale-procurement-centre"], "road-lighting-and-traffic-signals",
        [ZIC, ZREA],
        ("Zemgale GPP working group round table: street lighting",
         "Zemgales ZPI darba grupas apaļā galda diskusija: ielu apgaismojums"),
        ("LED retrofits of street lighting in Zemgale: the joint procurement planned by the "
         "Zemgale procurement centre, the energy saved so far and the EU GPP criteria for road "
         "lighting.",
         "Ielu apgaismojuma nomaiņa uz LED Zemgalē: Zemgales iepirkumu centra plānotais kopīgais "
         "iepirkums, līdz šim panāktais enerģijas ietaupījums un ES ZPI kritēriji ceļu "
         "apgaismojumam."),
        [("10:15", "Welcome, Zemgale Regional Energy Agency",
          "Atklāšana, Zemgales reģionālā enerģētikas aģentūra"),
         ("10:30", "Street lighting in Bauska after the LED retrofit: consumption before and "
          "after", "Ielu apgaismojums Bauskā pēc pārejas uz LED: patēriņš pirms un pēc"),
         ("11:15", "The joint procurement of the Zemgale procurement centre: lots, timetable "
          "and who signs the contracts", "Zemgales iepirkumu centra kopīgais iepirkums: "
          "daļas, laika grafiks un kas slēgs līgumus"),
         ("12:00", "The EU GPP criteria for road lighting: luminous efficacy, dimming and light "
          "pollution", "ES ZPI kritēriji ceļu apgaismojumam: gaismas efektivitāte, "
          "apgaismojuma regulēšana un gaismas piesārņojums")],
    ),
    round_table(
        "round-table-vidzeme-past", "lv", -29, "Europe/Riga", "Cēsis, Bērzaines iela 5", "LV",
        "vidzeme", ["vidzeme-planning-region"], "cleaning-products-and-services",
        [VPR, ("Edgars Liepa", "Valmieras novada pašvaldība")],
        ("Vidzeme GPP working group round table: cleaning services",
         "Vidzemes ZPI darba grupas apaļā galda diskusija: telpu uzkopšana"),
        ("Municipalities of Vidzeme on their cleaning contracts: ecolabelled products, dosing "
         "systems, staff training and how to check all of it during the contract.",
         "Vidzemes pašvaldības par saviem uzkopšanas līgumiem: ekomarķēti tīrīšanas līdzekļi, "
         "dozēšanas sistēmas, darbinieku apmācība un kā to visu pārbaudīt līguma izpildes "
         "laikā."),
        [("10:15", "Welcome, Vidzeme Planning Region", "Atklāšana, Vidzemes plānošanas reģions"),
         ("10:30", "Cleaning the schools of Valmiera: what changed with ecolabelled products",
          "Skolu uzkopšana Valmierā: kas mainījās, pārejot uz ekomarķētiem līdzekļiem"),
         ("11:15", "The EU GPP criteria for cleaning services: core and comprehensive",
          "ES ZPI kritēriji uzkopšanas pakalpojumiem: pamata un visaptverošās prasības"),
         ("12:00", "Discussion: common requirements for the municipalities of Vidzeme",
          "Diskusija: kopīgas prasības Vidzemes pašvaldībām")],
        [PRESENT,
         ("p", "Procurement officers and facility managers of Valmiera, Cēsis, Smiltene and "
          "Alūksne municipalities, the Vidzeme Planning Region and the Zemgale Regional Energy "
          "Agency (15 participants).",
          "Valmieras, Cēsu, Smiltenes un Alūksnes novadu pašvaldību iepirkumu speciālisti un "
          "saimniecības vadītāji, Vidzemes plānošanas reģions un Zemgales reģionālā "
          "enerģētikas aģentūra (15 dalībnieki)."),
         DISCUSSED,
         ("ul", [
             ("Valmiera uses only products with the EU Ecolabel or the Nordic Swan and has cut "
              "the amount of detergent by a third with dosing systems.",
              "Valmiera izmanto tikai līdzekļus ar ES ekomarķējumu vai Ziemeļvalstu ekomarķējumu "
              "“Gulbis” un ar dozēšanas sistēmām par trešdaļu samazinājusi mazgāšanas līdzekļu "
              "patēriņu."),
             ("Cleaning staff change often: training has to be repeated and written into the "
              "contract.",
              "Uzkopšanas darbinieki bieži mainās, tāpēc apmācība ir jāatkārto un jāiekļauj "
              "līgumā."),
             ("Suppliers ask for the same requirements in every municipality, so that they can "
              "prepare their offer once.",
              "Piegādātāji lūdz visās pašvaldībās vienādas prasības, lai piedāvājumu varētu "
              "sagatavot vienreiz."),
         ]),
         AGREED,
         ("p", "The working group writes common technical specifications for cleaning services; "
          "the Vidzeme Planning Region circulates the draft before the next round table.",
          "Darba grupa izstrādās kopīgu tehnisko specifikāciju uzkopšanas pakalpojumiem; "
          "Vidzemes plānošanas reģions projektu izsūtīs pirms nākamās apaļā galda diskusijas.")],
    ),
    round_table(
        "round-table-vidzeme-next", "lv", 13, "Europe/Riga", "Valmiera, Lāčplēša iela 2", "LV",
        "vidzeme", ["vidzeme-planning-region", "lv-municipality-0"], "road-transport",
        [("Edgars Liepa", "Valmieras novada pašvaldība"),
         ("Ieva Siliņa", "Cēsu novada pašvaldība")],
        ("Vidzeme GPP working group round table: the municipal vehicle fleet",
         "Vidzemes ZPI darba grupas apaļā galda diskusija: pašvaldību autoparks"),
        ("Clean vehicles for municipalities: what the Clean Vehicles Directive requires, "
         "leasing or buying electric cars, and charging at municipal buildings.",
         "Tīri transportlīdzekļi pašvaldībām: ko nosaka Tīro transportlīdzekļu direktīva, "
         "elektroauto noma vai pirkšana un uzlāde pie pašvaldību ēkām."),
        [("10:15", "Welcome, Valmiera municipality", "Atklāšana, Valmieras novada pašvaldība"),
         ("10:30", "The Clean Vehicles Directive in Latvia: the minimum targets and how they are "
          "counted", "Tīro transportlīdzekļu direktīva Latvijā: minimālie iepirkuma mērķi un "
          "to aprēķināšana"),
         ("11:15", "Cēsis leases electric cars: the costs over four years",
          "Cēsis nomā elektroauto: izmaksas četru gadu periodā"),
         ("12:00", "Discussion: charging points at municipal buildings and a possible joint "
          "tender", "Diskusija: uzlādes punkti pie pašvaldību ēkām un iespējamais kopīgais "
          "iepirkums")],
    ),
    round_table(
        "round-table-northwest-croatia-past", "en", -38, "Europe/Zagreb",
        "Koprivnica, Zrinski trg 1", "HR", "northwest-croatia", ["rea-north", "koprivnica"],
        "road-transport", [REA_NORTH, KOPRIVNICA],
        ("Northwest Croatia GPP working group round table: electric buses",
         "Ziemeļrietumu Horvātijas ZPI darba grupas apaļā galda diskusija: elektroautobusi"),
        ("Koprivnica has run electric buses on its city lines for a year: the working group "
         "looks at the tender, the charging depot and the running costs.",
         "Koprivnicā elektroautobusi pilsētas maršrutos kursē jau gadu: darba grupa aplūko "
         "iepirkumu, uzlādes depo un ekspluatācijas izmaksas."),
        [("10:15", "Welcome, Regionalna energetska agencija Sjever",
          "Atklāšana, Regionalna energetska agencija Sjever"),
         ("10:30", "Koprivnica's electric bus tender: award criteria and the battery warranty",
          "Koprivnicas elektroautobusu iepirkums: vērtēšanas kritēriji un akumulatoru "
          "garantija"),
         ("11:15", "A year of operation: energy use, availability and maintenance",
          "Gads ekspluatācijā: enerģijas patēriņš, pieejamība un apkope"),
         ("12:00", "Discussion: what Varaždin and Čakovec would do differently",
          "Diskusija: ko Varaždina un Čakoveca darītu citādi")],
        [PRESENT,
         ("p", "Procurement officers of Koprivnica, Varaždin, Čakovec and Bjelovar, the public "
          "transport operator of Koprivnica and the Regional Energy Agency of Northwest Croatia "
          "(14 participants).",
          "Koprivnicas, Varaždinas, Čakovecas un Bjelovaras iepirkumu speciālisti, Koprivnicas "
          "sabiedriskā transporta pārvadātājs un Ziemeļrietumu Horvātijas reģionālā "
          "enerģētikas aģentūra (14 dalībnieki)."),
         DISCUSSED,
         ("ul", [
             ("The tender gave 40% of the score to the energy use measured on the city's own "
              "route, not to the manufacturer's figures.",
              "Iepirkumā 40 % no vērtējuma piešķīra par pilsētas maršrutā izmērīto enerģijas "
              "patēriņu, nevis ražotāja norādīto."),
             ("The buses were available 96% of the time; the failures were in the chargers, "
              "not in the buses.",
              "Autobusi bija pieejami 96 % laika; bojājumi radās uzlādes iekārtām, nevis "
              "autobusiem."),
             ("An eight-year battery warranty decided the life-cycle cost.",
              "Dzīves cikla izmaksu ziņā izšķiroša bija astoņu gadu akumulatoru garantija."),
         ]),
         AGREED,
         ("p", "Koprivnica publishes its tender documents in the knowledge base; the energy "
          "agency prepares a life-cycle cost model for the next tenders of Varaždin and "
          "Čakovec.",
          "Koprivnica publicēs savu iepirkuma dokumentāciju zināšanu bāzē; enerģētikas "
          "aģentūra sagatavos dzīves cikla izmaksu modeli Varaždinas un Čakovecas nākamajiem "
          "iepirkumiem.")],
    ),
    round_table(
        "round-table-northwest-croatia-next", "en", 20, "Europe/Zagreb",
        "Varaždin, Trg kralja Tomislava 1", "HR", "northwest-croatia",
        ["energy-agency-hr", "rea-north"], "road-lighting-and-traffic-signals", [REGEA, REA_NORTH],
        ("Northwest Croatia GPP working group round table: public lighting",
         "Ziemeļrietumu Horvātijas ZPI darba grupas apaļā galda diskusija: publiskais "
         "apgaismojums"),
        ("The towns of Northwest Croatia plan to renew their public lighting: an energy "
         "performance contract or their own investment, and the EU GPP criteria for road "
         "lighting.",
         "Ziemeļrietumu Horvātijas pilsētas plāno atjaunot publisko apgaismojumu: "
         "energoefektivitātes līgums vai investīcijas no pašu līdzekļiem un ES ZPI kritēriji "
         "ceļu apgaismojumam."),
        [("10:15", "Welcome, City of Varaždin", "Atklāšana, Varaždinas pilsēta"),
         ("10:30", "An energy performance contract for public lighting: how the savings pay "
          "the contractor", "Energoefektivitātes līgums publiskajam apgaismojumam: kā "
          "ietaupījums sedz izpildītāja izmaksas"),
         ("11:15", "Light pollution and dimming at night: the criteria and the experience of "
          "Čakovec", "Gaismas piesārņojums un apgaismojuma regulēšana naktī: kritēriji un "
          "Čakovecas pieredze"),
         ("12:00", "Discussion: a joint tender of the towns of the region?",
          "Diskusija: vai rīkot reģiona pilsētu kopīgu iepirkumu?")],
    ),
    round_table(
        "round-table-andalusia-past", "en", -47, "Europe/Madrid",
        "Sevilla, Av. de la Constitución 24", "ES", "andalusia",
        ["andalusia-procurement", "energy-agency-es"], "food-catering-and-vending",
        [ANDALUSIA, AAE],
        ("Andalusia GPP working group round table: organic and seasonal food in school "
         "canteens", "Andalūzijas ZPI darba grupas apaļā galda diskusija: bioloģiska un "
         "sezonāla pārtika skolu ēdnīcās"),
        ("Buyers of the Andalusian municipalities and the regional procurement office on school "
         "canteen contracts: organic shares, seasonal menus and short supply chains.",
         "Andalūzijas pašvaldību un reģionālā iepirkumu biroja speciālisti par skolu ēdnīcu "
         "līgumiem: bioloģisko produktu īpatsvars, sezonālas ēdienkartes un īsas piegādes "
         "ķēdes."),
        [("10:15", "Welcome, Andalusian Regional Procurement Office",
          "Atklāšana, Andalūzijas reģionālais iepirkumu birojs"),
         ("10:30", "The framework agreement for school canteens: 25% organic and how suppliers "
          "prove it", "Skolu ēdnīcu vispārīgā vienošanās: 25 % bioloģisko produktu un kā "
          "piegādātāji to pierāda"),
         ("11:15", "Seasonal menus from the Mediterranean diet: a dietitian's view",
          "Sezonālas ēdienkartes pēc Vidusjūras diētas principiem: uztura speciālista "
          "skatījums"),
         ("12:00", "Discussion: lots that small producers can bid for",
          "Diskusija: iepirkuma daļas, kurās var piedalīties arī mazie ražotāji")],
        [PRESENT,
         ("p", "Procurement officers of Sevilla, Córdoba, Málaga and Granada, the Andalusian "
          "Regional Procurement Office and the Andalusian Energy Agency (20 participants).",
          "Seviljas, Kordovas, Malagas un Granadas iepirkumu speciālisti, Andalūzijas "
          "reģionālais iepirkumu birojs un Andalūzijas enerģētikas aģentūra (20 dalībnieki)."),
         DISCUSSED,
         ("ul", [
             ("The organic share of 25% was reached in every lot: fruit and vegetables were the "
              "easiest, dairy products the hardest.",
              "25 % bioloģisko produktu īpatsvars tika sasniegts visās daļās: visvieglāk tas "
              "izdevās ar augļiem un dārzeņiem, visgrūtāk – ar piena produktiem."),
             ("Lots per province let cooperatives of small farmers bid for the first time.",
              "Sadalījums daļās pa provincēm pirmo reizi ļāva piedalīties mazo lauksaimnieku "
              "kooperatīviem."),
             ("Food waste is measured in only two municipalities; the others would like a "
              "common method.",
              "Pārtikas atkritumus mēra tikai divās pašvaldībās; pārējās vēlētos vienotu "
              "metodi."),
         ]),
         AGREED,
         ("p", "The regional procurement office organises a supplier day with farmers and "
          "caterers before the next framework agreement; Sevilla hosts a study visit to two "
          "school kitchens.",
          "Reģionālais iepirkumu birojs pirms nākamās vispārīgās vienošanās rīkos piegādātāju "
          "dienu ar lauksaimniekiem un ēdināšanas uzņēmumiem; Seviljā notiks pieredzes "
          "apmaiņas vizīte divās skolu virtuvēs.")],
    ),
    round_table(
        "round-table-andalusia-next", "en", 27, "Europe/Madrid", "Málaga, Avenida de Cervantes 4",
        "ES", "andalusia", ["energy-agency-es", "andalusia-procurement"],
        "gardening-and-public-space-maintenance", [AAE, ("Carmen Ruiz", "Ayuntamiento de Málaga")],
        ("Andalusia GPP working group round table: water-saving park maintenance",
         "Andalūzijas ZPI darba grupas apaļā galda diskusija: ūdeni taupoša parku "
         "apsaimniekošana"),
        ("Drought-resistant planting, drip irrigation and organic fertilisers: the EU GPP "
         "criteria for gardening services in the dry Andalusian summer.",
         "Sausumizturīgi stādījumi, pilienveida apūdeņošana un organiskie mēslošanas līdzekļi: "
         "ES ZPI kritēriji dārzkopības pakalpojumiem sausajā Andalūzijas vasarā."),
        [("10:15", "Welcome, City of Málaga", "Atklāšana, Malagas pilsēta"),
         ("10:30", "Málaga's park maintenance contract: water use per hectare as a contract "
          "clause", "Malagas parku apsaimniekošanas līgums: ūdens patēriņš uz hektāru kā "
          "līguma noteikums"),
         ("11:15", "The EU GPP criteria for public space maintenance: irrigation, plants and "
          "machinery", "ES ZPI kritēriji publiskās ārtelpas uzturēšanai: apūdeņošana, augi un "
          "tehnika"),
         ("12:00", "Discussion: electric garden machinery and the suppliers of the region",
          "Diskusija: elektriskā dārzkopības tehnika un reģiona piegādātāji")],
    ),
    round_table(
        "round-table-attica-past", "en", -56, "Europe/Athens", "Athens, Panepistimiou 10", "EL",
        "attica", ["energy-agency-el"], "computers-and-monitors",
        [CRES, ("Nikos Alexiou", "Δήμος Πειραιά")],
        ("Attica GPP working group round table: computers and monitors",
         "Atikas ZPI darba grupas apaļā galda diskusija: datori un monitori"),
        ("Municipalities of Attica on buying computers that last: longer warranties, spare "
         "parts, refurbished equipment and the EU GPP criteria for computers.",
         "Atikas pašvaldības par to, kā iegādāties ilgmūžīgus datorus: ilgākas garantijas, "
         "rezerves daļas, atjaunotas iekārtas un ES ZPI kritēriji datoriem."),
        [("10:15", "Welcome, Centre for Renewable Energy Sources and Saving",
          "Atklāšana, Atjaunojamo energoresursu un enerģijas taupīšanas centrs (CRES)"),
         ("10:30", "Five years instead of three: extending the life of office computers",
          "Piecu, nevis trīs gadu kalpošana: kā pagarināt biroja datoru mūžu"),
         ("11:15", "The EU GPP criteria for computers and monitors: durability, repairability "
          "and energy", "ES ZPI kritēriji datoriem un monitoriem: ilgmūžība, remontējamība un "
          "energoefektivitāte"),
         ("12:00", "Discussion: a joint tender of the municipalities of Attica",
          "Diskusija: Atikas pašvaldību kopīgais iepirkums")],
        [PRESENT,
         ("p", "IT and procurement staff of Athens, Piraeus, Marousi and Kifissia and the Centre "
          "for Renewable Energy Sources and Saving (12 participants).",
          "Atēnu, Pirejas, Marusi un Kifisijas IT un iepirkumu speciālisti un Atjaunojamo "
          "energoresursu un enerģijas taupīšanas centrs (12 dalībnieki)."),
         DISCUSSED,
         ("ul", [
             ("Most municipalities replace their computers after three or four years, often "
              "while they still work.",
              "Lielākā daļa pašvaldību datorus nomaina pēc trim četriem gadiem, bieži vien tad, "
              "kad tie vēl darbojas."),
             ("Several manufacturers offer a five-year warranty and spare parts for seven years "
              "at little extra cost.",
              "Vairāki ražotāji piedāvā piecu gadu garantiju un rezerves daļas septiņus gadus "
              "par nelielu papildu samaksu."),
             ("Refurbished laptops are an option for schools; the data erasure must be "
              "certified.",
              "Skolām var iegādāties atjaunotus portatīvos datorus; datu dzēšanai jābūt "
              "sertificētai."),
         ]),
         AGREED,
         ("p", "Piraeus leads a joint tender for about 1,500 computers with a five-year "
          "warranty; the other municipalities confirm their quantities by the end of the month.",
          "Pireja vadīs kopīgu iepirkumu aptuveni 1500 datoru iegādei ar piecu gadu garantiju; "
          "pārējās pašvaldības līdz mēneša beigām apstiprinās vajadzīgo daudzumu.")],
    ),
    round_table(
        "round-table-tuscany-next", "en", 34, "Europe/Rome", "Firenze, Via dei Pucci 1", "IT",
        "tuscany", ["energy-agency-it"], "textiles", [AFE, ("Giulia Rossi", "Comune di Prato")],
        ("Tuscany GPP working group round table: circular textiles and workwear",
         "Toskānas ZPI darba grupas apaļā galda diskusija: darba apģērbs un tekstilizstrādājumu "
         "aprite"),
        ("Uniforms for municipal staff, hospital textiles and the Prato textile district: "
         "recycled fibres, take-back of used garments and the EU GPP criteria for textiles.",
         "Pašvaldību darbinieku formas tērpi, slimnīcu tekstilizstrādājumi un Prato tekstila "
         "rajons: pārstrādātas šķiedras, nolietota apģērba pieņemšana atpakaļ un ES ZPI "
         "kritēriji tekstilizstrādājumiem."),
        [("10:15", "Welcome, Agenzia Fiorentina per l'Energia",
          "Atklāšana, Agenzia Fiorentina per l'Energia"),
         ("10:30", "Prato's textile district: what recycled wool and cotton can and cannot do",
          "Prato tekstila rajons: pārstrādātas vilnas un kokvilnas iespējas un ierobežojumi"),
         ("11:15", "Workwear with take-back: the contract of the City of Florence",
          "Darba apģērbs ar pieņemšanu atpakaļ: Florences pilsētas līgums"),
         ("12:00", "Discussion: the EU GPP criteria for textiles in hospital and municipal "
          "tenders", "Diskusija: ES ZPI kritēriji tekstilizstrādājumiem slimnīcu un pašvaldību "
          "iepirkumos")],
    ),
]  # fmt: skip


def other(slug, source, kind, days, start, end, zone, organisers, product_groups, capacity,
          public, speakers, title, summary, agenda, minutes=(), place="", country="",
          end_days=0):  # fmt: skip
    """A webinar (online when it has no place), training, supplier day or conference."""
    return {
        "slug": slug, "source": source, "kind": kind, "days": days, "start": start, "end": end,
        "end_days": end_days, "zone": zone, "place": place, "country": country, "group": None,
        "organisers": organisers, "product_groups": product_groups, "capacity": capacity,
        "public": public, "speakers": speakers, "title": title, "summary": summary,
        "agenda": agenda, "minutes": list(minutes),
    }  # fmt: skip


# Five past (every third), ten coming, as the demo always had.
OTHERS = [
    other(
        "event-01", "en", K.WEBINAR, -15, "11:00", "12:30", "Europe/Rome", ["energy-agency-it"],
        ["computers-and-monitors"], 300, True, [AFE, ZREA],
        ("Life-cycle costing in practice: comparing offers over the whole life of a product",
         "Dzīves cikla izmaksas praksē: piedāvājumu salīdzināšana visā produkta kalpošanas "
         "laikā"),
        ("An international webinar of the Tuscan GPP support unit: how to add the costs of "
         "energy, maintenance and disposal to the purchase price with the EU life-cycle costing "
         "tools, with two real tenders as examples.",
         "Toskānas ZPI atbalsta struktūrvienības starptautiskais vebinārs: kā ar ES dzīves "
         "cikla izmaksu aprēķina rīkiem pirkuma cenai pieskaitīt enerģijas, apkopes un "
         "utilizācijas izmaksas. Divu reālu iepirkumu piemēri."),
        [("11:00", "Welcome: why the purchase price misleads",
          "Ievads: kāpēc pirkuma cena var maldināt"),
         ("11:10", "The EU life-cycle costing tools: which tool for which product group",
          "ES dzīves cikla izmaksu aprēķina rīki: kurš rīks kurai produktu grupai"),
         ("11:35", "Florence: computers and monitors compared over five years",
          "Florence: datoru un monitoru izmaksas piecu gadu periodā"),
         ("12:00", "Jelgava: LED street lighting compared over twenty years",
          "Jelgava: LED ielu apgaismojuma izmaksas divdesmit gadu periodā"),
         ("12:15", *QUESTIONS)],
        [("p", "The recording is online; the answers to all 23 questions asked and the "
          "calculation sheets of both examples are in the knowledge base.",
          "Vebināra ieraksts ir pieejams tiešsaistē; atbildes uz visiem 23 uzdotajiem "
          "jautājumiem un abu piemēru aprēķinu tabulas ir ievietotas zināšanu bāzē.")],
    ),
    other(
        "event-02", "lv", K.WEBINAR, 8, "10:00", "11:30", "Europe/Riga", ["zrea"],
        ["food-catering-and-vending"], 300, True,
        [ZREA, ("Francesca Conti", "Agenzia Fiorentina per l'Energia")],
        ("EU GPP criteria for food, catering services and vending machines: what changes",
         "ES ZPI kritēriji pārtikai, ēdināšanas pakalpojumiem un tirdzniecības automātiem: kas "
         "mainās"),
        ("An international webinar of the Latvian GPP support unit on the revised EU GPP "
         "criteria: organic products, less food waste, seasonal menus, and how to use the "
         "criteria together with the requirements set in Latvia.",
         "Latvijas ZPI atbalsta struktūrvienības starptautiskais vebinārs par pārskatītajiem "
         "ES ZPI kritērijiem: bioloģiskie produkti, pārtikas atkritumu mazināšana, sezonālas "
         "ēdienkartes un kā kritērijus piemērot kopā ar Latvijā noteiktajām prasībām."),
        [("10:00", "Welcome, Zemgale Regional Energy Agency",
          "Atklāšana, Zemgales reģionālā enerģētikas aģentūra"),
         ("10:10", "The revised EU GPP criteria for food and catering: an overview",
          "Pārskatītie ES ZPI kritēriji pārtikai un ēdināšanai: pārskats"),
         ("10:35", "Food waste in school catering: measuring it and writing it into the "
          "contract", "Pārtikas atkritumi skolu ēdināšanā: kā tos mērīt un iekļaut līgumā"),
         ("10:55", "Experience from Tuscany: organic shares in hospital catering",
          "Toskānas pieredze: bioloģisko produktu īpatsvars slimnīcu ēdināšanā"),
         ("11:15", *QUESTIONS)],
    ),
    other(
        "event-03", "en", K.SUPPLIER_DAY, 13, "09:30", "15:30", "Europe/Zagreb",
        ["energy-agency-hr"], ["furniture"], 10, False, [REGEA],
        ("One-to-one supplier meetings: refurbished and durable office furniture",
         "Individuālas tikšanās ar piegādātājiem: atjaunotas un ilgmūžīgas biroja mēbeles"),
        ("The Croatian GPP support unit books 30-minute meetings between buyers who will tender "
         "for office furniture and manufacturers offering refurbishment, repair and take-back. "
         "Ten meeting slots.",
         "Horvātijas ZPI atbalsta struktūrvienība organizē 30 minūšu tikšanās starp "
         "pasūtītājiem, kas gatavo biroja mēbeļu iepirkumus, un ražotājiem, kas piedāvā mēbeļu "
         "atjaunošanu, remontu un pieņemšanu atpakaļ. Pieejami desmit tikšanās laiki."),
        [("09:30", "Welcome, and the EU GPP criteria for furniture in ten minutes",
          "Atklāšana un ES ZPI kritēriji mēbelēm desmit minūtēs"),
         ("09:45", "One-to-one meetings, first round", "Individuālās tikšanās, pirmā kārta"),
         ("12:00", "Lunch", "Pusdienas"),
         ("13:00", "One-to-one meetings, second round", "Individuālās tikšanās, otrā kārta"),
         ("15:00", "What we heard: a summary for buyers", "Ko uzzinājām: kopsavilkums "
          "pasūtītājiem")],
        place="Zagreb, Ulica grada Vukovara 56", country="HR",
    ),
    other(
        "event-04", "lv", K.TRAINING, -48, "09:30", "16:00", "Europe/Riga",
        ["procurement-monitoring-bureau", "zrea"], ["cleaning-products-and-services"], 25, False,
        [IUB, ZREA],
        ("GPP basics for procurement officers: criteria, evidence and contract clauses",
         "ZPI pamati iepirkumu speciālistiem: kritēriji, pierādījumi un līguma noteikumi"),
        ("A one-day training for procurement officers starting out with green public "
         "procurement: where to find the EU and Latvian GPP requirements, how to put them into "
         "the tender documents and how to check the evidence suppliers submit.",
         "Vienas dienas mācības iepirkumu speciālistiem, kuri sāk strādāt ar zaļo publisko "
         "iepirkumu: kur atrast ES un Latvijas ZPI prasības, kā tās iekļaut iepirkuma "
         "dokumentācijā un kā pārbaudīt piegādātāju iesniegtos pierādījumus."),
        [("09:30", "Registration and coffee", "Reģistrācija un rīta kafija"),
         ("10:00", "GPP in Latvian law: when it is mandatory and for which product groups",
          "ZPI Latvijas normatīvajos aktos: kad tas ir obligāts un kurām produktu grupām"),
         ("11:00", "From criteria to tender documents: technical specifications, award criteria "
          "and contract clauses", "No kritērijiem līdz iepirkuma dokumentācijai: tehniskā "
          "specifikācija, vērtēšanas kritēriji un līguma noteikumi"),
         ("12:30", "Lunch", "Pusdienas"),
         ("13:30", "Ecolabels, test reports and declarations: which evidence to accept",
          "Ekomarķējumi, testēšanas pārskati un apliecinājumi: kādus pierādījumus pieņemt"),
         ("14:45", "Exercise: a cleaning services tender from start to finish",
          "Praktisks uzdevums: uzkopšanas pakalpojumu iepirkums no sākuma līdz beigām"),
         ("15:45", "Questions and evaluation of the training",
          "Jautājumi un mācību novērtējums")],
        [("p", "25 procurement officers from 19 institutions took part. The slides and the "
          "exercise with its model answer have been sent to the participants; the next training "
          "will be announced in the news.",
          "Mācībās piedalījās 25 iepirkumu speciālisti no 19 iestādēm. Prezentācijas un "
          "praktiskais uzdevums ar paraugrisinājumu nosūtīti dalībniekiem; par nākamajām "
          "mācībām paziņosim jaunumos.")],
        place="Rīga, Eksporta iela 6", country="LV",
    ),
    other(
        "event-05", "en", K.WEBINAR, 23, "10:00", "11:30", "Europe/Lisbon", ["energy-agency-pt"],
        ["road-transport"], 250, True, [PORTO, KOPRIVNICA],
        ("Zero-emission buses: from tender to depot",
         "Bezemisiju autobusi: no iepirkuma līdz depo"),
        ("An international webinar of the Portuguese GPP support unit: battery or hydrogen, "
         "charging at the depot or on the route, the grid connection, and what to ask "
         "manufacturers before the tender.",
         "Portugāles ZPI atbalsta struktūrvienības starptautiskais vebinārs: akumulatoru vai "
         "ūdeņraža autobusi, uzlāde depo vai maršrutā, pieslēgums elektrotīklam un kas pirms "
         "iepirkuma jājautā ražotājiem."),
        [("10:00", "Welcome, Agência de Energia do Porto", "Atklāšana, Agência de Energia do "
          "Porto"),
         ("10:10", "Porto's fleet renewal: 48 electric buses in three tenders",
          "Porto autoparka atjaunošana: 48 elektroautobusi trijos iepirkumos"),
         ("10:35", "Depot charging and the grid: what took longest",
          "Uzlāde depo un elektrotīkls: kas prasīja visvairāk laika"),
         ("10:55", "Koprivnica: a small city's first electric buses",
          "Koprivnica: mazas pilsētas pirmie elektroautobusi"),
         ("11:15", *QUESTIONS)],
    ),
    other(
        "event-06", "lv", K.SUPPLIER_DAY, 28, "10:00", "14:00", "Europe/Riga",
        ["zrea", "zemgale-procurement-centre"], ["cleaning-products-and-services"], 60, False,
        [ZIC, ZREA],
        ("Supplier day: ecolabelled cleaning products and cleaning services",
         "Piegādātāju diena: ekomarķēti tīrīšanas līdzekļi un uzkopšanas pakalpojumi"),
        ("Facility managers and procurement officers of the municipalities and institutions of "
         "Zemgale meet suppliers of ecolabelled cleaning products, dosing systems and cleaning "
         "services that meet the GPP requirements.",
         "Zemgales pašvaldību un iestāžu saimniecības vadītāji un iepirkumu speciālisti tiekas "
         "ar piegādātājiem, kas piedāvā ekomarķētus tīrīšanas līdzekļus, dozēšanas sistēmas un "
         "ZPI prasībām atbilstošus uzkopšanas pakalpojumus."),
        [("10:00", "Registration and coffee", "Reģistrācija un rīta kafija"),
         ("10:30", "The GPP requirements for cleaning: what buyers will ask for",
          "ZPI prasības uzkopšanai: ko pasūtītāji prasīs piedāvājumos"),
         ("11:00", "Suppliers present their products and services (five minutes each)",
          "Piegādātāji prezentē savus produktus un pakalpojumus (katram piecas minūtes)"),
         ("12:00", "Lunch and exhibition", "Pusdienas un izstāde"),
         ("12:45", "One-to-one meetings by appointment",
          "Individuālas tikšanās pēc iepriekšēja pieraksta"),
         ("13:45", "Closing", "Noslēgums")],
        place="Jelgava, Lielā iela 11", country="LV",
    ),
    other(
        "event-07", "en", K.TRAINING, -81, "09:30", "14:30", "Europe/Madrid",
        ["energy-agency-es", "andalusia-procurement"],
        ["road-design-and-construction", "office-buildings"], 20, False, [ANDALUSIA, AAE],
        ("Award criteria on CO2 emissions: weighting, scoring and the legal limits",
         "Vērtēšanas kritēriji par CO2 emisijām: svars, punktu piešķiršana un juridiskās "
         "robežas"),
        ("A hands-on training for buyers of construction works and transport services: how to "
         "score lower emissions without breaking the rules on equal treatment and the link to "
         "the subject matter of the contract.",
         "Praktiskas mācības būvdarbu un transporta pakalpojumu pasūtītājiem: kā piešķirt "
         "punktus par mazākām emisijām, nepārkāpjot vienlīdzīgas attieksmes principu un prasību "
         "par saikni ar līguma priekšmetu."),
        [("09:30", "Arrival and coffee", "Ierašanās un kafija"),
         ("10:00", "Which emissions can be scored: the link to the subject matter",
          "Par kurām emisijām drīkst piešķirt punktus: saikne ar līguma priekšmetu"),
         ("10:45", "Weighting and scoring formulas, with worked examples",
          "Kritēriju svars un punktu aprēķina formulas ar piemēriem"),
         ("11:45", "Break", "Kafijas pauze"),
         ("12:00", "Exercise: a road works tender with a CO2 criterion",
          "Praktisks uzdevums: ceļu būvdarbu iepirkums ar CO2 kritēriju"),
         ("13:30", "Checking what the offers promised during the contract",
          "Piedāvājumos solītā pārbaude līguma izpildes laikā"),
         ("14:15", "Questions", "Jautājumi")],
        [("p", "20 buyers from 14 Andalusian contracting authorities took part. The scoring "
          "examples and the exercise are in the knowledge base.",
          "Mācībās piedalījās 20 iepirkumu speciālisti no 14 Andalūzijas pasūtītāju iestādēm. "
          "Punktu aprēķina piemēri un praktiskais uzdevums ir pieejami zināšanu bāzē.")],
        place="Sevilla, Calle Isaac Newton 6", country="ES",
    ),
    other(
        "event-08", "en", K.WEBINAR, 38, "12:00", "13:30", "Europe/Athens", ["energy-agency-el"],
        ["cleaning-products-and-services", "computers-and-monitors"], 300, True, [CRES, IUB],
        ("Preliminary market consultation before a green tender",
         "Iepriekšēja apspriešanās ar tirgu pirms zaļā iepirkuma"),
        ("An international webinar of the Greek GPP support unit: when to talk to suppliers, "
         "how to keep it fair and documented, and what buyers in Greece, Latvia and Spain "
         "learned from it.",
         "Grieķijas ZPI atbalsta struktūrvienības starptautiskais vebinārs: kad runāt ar "
         "piegādātājiem, kā nodrošināt vienlīdzīgu attieksmi un visu dokumentēt, kā arī ko no tā "
         "mācījušies pasūtītāji Grieķijā, Latvijā un Spānijā."),
        [("12:00", "Welcome, Centre for Renewable Energy Sources and Saving",
          "Atklāšana, Atjaunojamo energoresursu un enerģijas taupīšanas centrs (CRES)"),
         ("12:10", "The rules: what the procurement directive allows and what it does not",
          "Noteikumi: ko iepirkumu direktīva atļauj un ko ne"),
         ("12:30", "Three market consultations compared: laptops in Riga, school meals in "
          "Sevilla, cleaning in Athens", "Trīs tirgus apspriešanu salīdzinājums: portatīvie "
          "datori Rīgā, skolu ēdināšana Seviljā, uzkopšana Atēnās"),
         ("13:05", *QUESTIONS)],
    ),
    other(
        "event-09", "en", K.SUPPLIER_DAY, 43, "10:00", "14:00", "Europe/Madrid",
        ["andalusia-procurement"], ["food-catering-and-vending"], 80, False, [ANDALUSIA, AAE],
        ("Supplier day: school meals from local and organic farms",
         "Piegādātāju diena: skolu ēdināšana ar vietējo un bioloģisko saimniecību produktiem"),
        ("Farmers' cooperatives and caterers meet the school boards and municipalities that "
         "will tender for school meals next year, before the new framework agreement is "
         "published.",
         "Lauksaimnieku kooperatīvi un ēdināšanas uzņēmumi tiekas ar skolām un pašvaldībām, kas "
         "nākamgad rīkos skolu ēdināšanas iepirkumus, pirms tiek izsludināta jaunā vispārīgā "
         "vienošanās."),
        [("10:00", "Registration", "Reģistrācija"),
         ("10:15", "The next framework agreement for school canteens: lots and criteria",
          "Nākamā skolu ēdnīcu vispārīgā vienošanās: daļas un kritēriji"),
         ("10:45", "How a cooperative can bid: joint offers and subcontracting",
          "Kā kooperatīvam iesniegt piedāvājumu: kopīgs piedāvājums un apakšuzņēmēji"),
         ("11:30", "Tasting and exhibition of local products",
          "Vietējo produktu degustācija un izstāde"),
         ("12:30", "One-to-one meetings between caterers and producers",
          "Individuālas tikšanās starp ēdināšanas uzņēmumiem un ražotājiem"),
         ("13:45", "Closing", "Noslēgums")],
        place="Córdoba, Calle Capitulares 1", country="ES",
    ),
    other(
        "event-10", "lv", K.SUPPLIER_DAY, -114, "10:00", "13:00", "Europe/Riga",
        ["zrea", "procurement-monitoring-bureau"], ["computers-and-monitors"], 40, False,
        [IUB, ZREA],
        ("Market dialogue: repairable and durable laptops",
         "Tirgus izpēte: remontējami un ilgmūžīgi portatīvie datori"),
        ("Manufacturers and distributors tell buyers of state and municipal institutions about "
         "warranties, spare parts, repair and take-back of old equipment, before next year's "
         "tenders are prepared.",
         "Ražotāji un izplatītāji stāsta valsts un pašvaldību iestāžu pasūtītājiem par "
         "garantijām, rezerves daļām, remontu un nolietoto iekārtu pieņemšanu atpakaļ, pirms "
         "tiek gatavoti nākamā gada iepirkumi."),
        [("10:00", "Registration and coffee", "Reģistrācija un rīta kafija"),
         ("10:20", "The purpose of the market dialogue and its rules, Procurement Monitoring "
          "Bureau", "Tirgus izpētes mērķis un noteikumi, Iepirkumu uzraudzības birojs"),
         ("10:40", "Five manufacturers on warranties, spare parts and repair",
          "Pieci ražotāji par garantijām, rezerves daļām un remontu"),
         ("11:40", "Break", "Kafijas pauze"),
         ("11:55", "Discussion: which requirements the market can meet today",
          "Diskusija: kādām prasībām tirgus spēj atbilst jau šodien"),
         ("12:45", "Summary", "Kopsavilkums")],
        [("p", "Six manufacturers and distributors and 31 buyers took part. Four of the six "
          "offer a five-year warranty on business laptops; all keep spare parts for at least "
          "five years; three take old equipment back with certified data erasure. The questions "
          "and answers are published for every supplier, so that nobody gains an advantage.",
          "Piedalījās seši ražotāji un izplatītāji un 31 pasūtītāju pārstāvis. Četri no sešiem "
          "piedāvā piecu gadu garantiju biznesa klases portatīvajiem datoriem; visi rezerves "
          "daļas nodrošina vismaz piecus gadus; trīs pieņem atpakaļ nolietotās iekārtas ar "
          "sertificētu datu dzēšanu. Jautājumi un atbildes publicēti visiem piegādātājiem, lai "
          "nevienam nerastos priekšrocības.")],
        place="Rīga, Kr. Valdemāra iela 33", country="LV",
    ),
    other(
        "event-11", "en", K.CONFERENCE, 53, "09:00", "16:00", "Europe/Brussels",
        ["zrea", "energy-agency-hr", "energy-agency-es", "energy-agency-it"],
        ["electricity", "road-transport", "food-catering-and-vending"], 400, True,
        [ZREA, AFE, PORTO, AAE],
        ("GPP Commons annual conference: green tenders that worked",
         "GPP Commons gada konference: izdevušies zaļie iepirkumi"),
        ("Two days in Brussels with the partners of the network: case studies that saved "
         "energy and money, the impact figures of the year and the plans of the regional "
         "working groups.",
         "Divas dienas Briselē kopā ar tīkla partneriem: iepirkumu piemēri, kuros ietaupīta "
         "enerģija un nauda, gada ietekmes rādītāji un reģionālo darba grupu plāni."),
        [("09:00", "Day 1: registration and coffee", "1. diena: reģistrācija un rīta kafija"),
         ("09:30", "Opening: the network's year in figures", "Atklāšana: tīkla gads skaitļos"),
         ("10:30", "Case studies: electric buses in Porto and Koprivnica, school meals in "
          "Andalusia", "Iepirkumu piemēri: elektroautobusi Porto un Koprivnicā, skolu "
          "ēdināšana Andalūzijā"),
         ("14:00", "Parallel workshops: life-cycle costing, market dialogue, contract "
          "monitoring", "Paralēlās darbnīcas: dzīves cikla izmaksas, tirgus izpēte, līguma "
          "izpildes uzraudzība"),
         ("09:30", "Day 2: the working groups present their plans",
          "2. diena: darba grupas prezentē savus plānus"),
         ("11:30", "Panel: the revision of the EU GPP criteria and what buyers need",
          "Paneļdiskusija: ES ZPI kritēriju pārskatīšana un pasūtītāju vajadzības"),
         ("15:30", "Closing", "Noslēgums")],
        place="Brussels, Square de Meeûs 1", country="BE", end_days=1,
    ),
    other(
        "event-12", "lv", K.CONFERENCE, 58, "09:30", "16:30", "Europe/Riga",
        ["procurement-monitoring-bureau", "zrea", "tartu-energy-agency"],
        ["electricity", "office-buildings"], 150, True, [IUB, TARTU, ZREA],
        ("Baltic green public procurement forum", "Baltijas zaļā publiskā iepirkuma forums"),
        ("Buyers from Estonia, Latvia and Lithuania compare their experience: joint "
         "procurement, GPP criteria for construction works and electricity, and the monitoring "
         "and reporting of GPP.",
         "Igaunijas, Latvijas un Lietuvas pasūtītāji salīdzina pieredzi: kopīgie iepirkumi, ZPI "
         "kritēriji būvdarbiem un elektroenerģijai, kā arī ZPI uzraudzība un pārskati."),
        [("09:30", "Registration and coffee", "Reģistrācija un rīta kafija"),
         ("10:00", "Opening, Procurement Monitoring Bureau and Zemgale Regional Energy Agency",
          "Atklāšana, Iepirkumu uzraudzības birojs un Zemgales reģionālā enerģētikas aģentūra"),
         ("10:30", "GPP monitoring in the three Baltic states: what the figures show",
          "ZPI uzraudzība trijās Baltijas valstīs: ko rāda skaitļi"),
         ("11:30", "Tartu: joint procurement of green electricity for the county's "
          "municipalities", "Tartu: zaļās elektroenerģijas kopīgais iepirkums apriņķa "
          "pašvaldībām"),
         ("12:30", "Lunch", "Pusdienas"),
         ("13:30", "Workshops: construction works, electricity, food",
          "Darbnīcas: būvdarbi, elektroenerģija, pārtika"),
         ("15:30", "Conclusions and joint plans", "Secinājumi un kopīgie plāni")],
        place="Rīga, Kr. Valdemāra iela 33", country="LV",
    ),
    other(
        "event-13", "en", K.WEBINAR, -147, "11:00", "12:30", "Europe/Nicosia",
        ["energy-agency-cy"], ["road-lighting-and-traffic-signals"], 300, True, [CEA, REA_NORTH],
        ("Energy performance contracts for street lighting",
         "Energoefektivitātes līgumi ielu apgaismojumam"),
        ("An international webinar of the Cypriot GPP support unit: how an energy service "
         "company is paid from the savings of an LED retrofit, how the savings are measured and "
         "which risks the municipality bears.",
         "Kipras ZPI atbalsta struktūrvienības starptautiskais vebinārs: kā energoservisa "
         "uzņēmumam maksā no LED modernizācijā panāktā ietaupījuma, kā ietaupījumu mēra un "
         "kādi riski paliek pašvaldībai."),
        [("11:00", "Welcome, Cyprus Energy Agency", "Atklāšana, Kipras enerģētikas aģentūra"),
         ("11:10", "How an energy performance contract works",
          "Kā darbojas energoefektivitātes līgums"),
         ("11:35", "Limassol: 9,000 street lights under one contract",
          "Limasola: 9000 ielu gaismekļu vienā līgumā"),
         ("12:00", "Measuring and verifying the savings", "Ietaupījuma mērīšana un pārbaude"),
         ("12:15", *QUESTIONS)],
        [("p", "The recording is online. 140 participants from eleven countries; the question "
          "asked most was who bears the risk when electricity prices change.",
          "Vebināra ieraksts ir pieejams tiešsaistē. Piedalījās 140 dalībnieki no vienpadsmit "
          "valstīm; visbiežāk jautāja, kurš uzņemas risku, ja mainās elektroenerģijas cenas.")],
    ),
    other(
        "event-14", "lv", K.TRAINING, 68, "10:00", "15:00", "Europe/Riga",
        ["procurement-monitoring-bureau", "zemgale-procurement-centre"], ["electricity"], 30,
        False, [IUB, ZIC],
        ("Joint procurement for municipalities: agreements, lots and responsibilities",
         "Kopīgais iepirkums pašvaldībām: vienošanās, iepirkuma daļas un atbildība"),
        ("A training for municipal procurement officers on joint procurement: how contracting "
         "authorities agree between themselves, how to divide the tender into lots and who is "
         "responsible for the contract. Examples from electricity and street lighting tenders.",
         "Mācības pašvaldību iepirkumu speciālistiem par kopīgo iepirkumu: kā noslēgt "
         "vienošanos starp pasūtītājiem, kā sadalīt iepirkumu daļās un kurš atbild par līguma "
         "izpildi. Piemēri no elektroenerģijas un ielu apgaismojuma iepirkumiem."),
        [("10:00", "Registration and coffee", "Reģistrācija un rīta kafija"),
         ("10:30", "Joint procurement in the Public Procurement Law: the options",
          "Kopīgais iepirkums Publisko iepirkumu likumā: iespējamie modeļi"),
         ("11:30", "The agreement between municipalities: a model and common mistakes",
          "Vienošanās starp pašvaldībām: paraugs un biežākās kļūdas"),
         ("12:30", "Lunch", "Pusdienas"),
         ("13:15", "Case study: the joint electricity purchase of the Zemgale municipalities",
          "Piemērs: Zemgales pašvaldību kopīgais elektroenerģijas iepirkums"),
         ("14:15", "Exercise and questions", "Praktisks uzdevums un jautājumi")],
        place="Tukums, Talsu iela 4", country="LV",
    ),
    other(
        "event-15", "en", K.WEBINAR, 73, "10:00", "11:30", "Europe/Madrid", ["energy-agency-es"],
        ["electricity"], 300, True, [AAE, TARTU],
        ("Green electricity tenders: guarantees of origin and joint purchasing",
         "Zaļās elektroenerģijas iepirkumi: izcelsmes apliecinājumi un kopīgā iegāde"),
        ("An international webinar of the Andalusian GPP support unit: what a guarantee of "
         "origin proves and what it does not, additionality, power purchase agreements and a "
         "joint tender for 120 public buildings.",
         "Andalūzijas ZPI atbalsta struktūrvienības starptautiskais vebinārs: ko izcelsmes "
         "apliecinājums pierāda un ko ne, papildināmība, elektroenerģijas pirkuma līgumi un "
         "kopīgais iepirkums 120 publiskajām ēkām."),
        [("10:00", "Welcome, Agencia Andaluza de la Energía",
          "Atklāšana, Agencia Andaluza de la Energía"),
         ("10:10", "Guarantees of origin: what buyers actually get",
          "Izcelsmes apliecinājumi: ko pasūtītājs patiesībā saņem"),
         ("10:30", "Andalusia's joint tender: 120 buildings, one contract",
          "Andalūzijas kopīgais iepirkums: 120 ēkas, viens līgums"),
         ("10:55", "Tartu: a power purchase agreement with a solar park",
          "Tartu: elektroenerģijas pirkuma līgums ar saules parku"),
         ("11:15", *QUESTIONS)],
    ),
]  # fmt: skip

EVENTS = [*ROUND_TABLES, *OTHERS]
