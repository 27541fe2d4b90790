"""Latvian procurements (1-6), written in Latvian by their procurers, translated into English."""

from .records import P, case

CASES = [
    case(
        1, "lv", "road-lighting-and-traffic-signals", "jelgava-municipality",
        "LV", "Jelgava", P.OPEN, 2021, value=1_380_000,
        co2=114, mwh=1050, lcc=1_950_000, tags=("LED", "street lighting", "remote control"),
        criteria=3,
        lv=(
            "LED ielu apgaismojums ar attālinātu vadību Jelgavā",
            "Jelgavas valstspilsētas pašvaldība nomainīja 2350 nātrija gaismekļus pret LED "
            "gaismekļiem ar attālinātas vadības sistēmu, kas naktī samazina apgaismojuma "
            "intensitāti uz pusi.",
            "Tehniskajā specifikācijā prasīta gaismas atdeve vismaz 130 lm/W, krāsu "
            "temperatūra ne augstāka par 3000 K, bez gaismas plūsmas virs horizonta un 10 gadu "
            "garantija. Vērtēšanas kritēriji: cena 60 %, elektroenerģijas izmaksas 20 gados 25 "
            "%, garantijas un vadības sistēmas nosacījumi 15 %.",
            "Pirms iepirkuma izsludināšanas pašvaldība rīkoja divas informatīvās dienas "
            "ražotājiem un publicēja tehniskās specifikācijas projektu komentāriem. Tika "
            "saņemti pieci piedāvājumi.",
            [
                "Ielu apgaismojuma elektroenerģijas patēriņš samazinājās par 72 %.",
                "Bojājumi tiek reģistrēti automātiski, un gaismekļus salabo vidēji divās "
                "dienās, nevis divās nedēļās kā agrāk.",
            ],
            "Mazāks gaismas piesārņojums: gaisma virs horizonta netiek izstarota",
            "Apgaismojuma sadalņu skaitītāju rādījumi 2022. gadā salīdzināti ar 2019. gadu; "
            "emisijas faktors 0,109 t CO2 uz MWh elektroenerģijas.",
            [
                "Fotometriskos aprēķinus katram ielas tipam prasiet jau piedāvājumā, nevis pēc "
                "līguma noslēgšanas.",
                "Līgumā nosakiet, ka vadības sistēmas dati pieder pašvaldībai un ir "
                "eksportējami atvērtā formātā.",
            ],
        ),
        en=(
            "LED street lighting with remote control in Jelgava",
            "The City of Jelgava replaced 2,350 sodium luminaires with LED luminaires and a "
            "remote management system that halves the light level at night.",
            "The technical specification asked for a luminous efficacy of at least 130 lm/W, a "
            "colour temperature of 3000 K or less, no light above the horizon and a 10-year "
            "warranty. Award criteria: price 60%, electricity cost over 20 years 25%, warranty "
            "and control system terms 15%.",
            "Before publishing, the city held two information days for manufacturers and put "
            "the draft specification out for comments. Five offers came in.",
            [
                "Electricity use for street lighting fell by 72%.",
                "Failures are reported automatically, and luminaires are repaired in two days "
                "on average instead of two weeks.",
            ],
            "Less light pollution: no light is sent above the horizon",
            "Meter readings of the lighting cabinets in 2022 compared with 2019; emission "
            "factor 0.109 tCO2 per MWh of electricity.",
            [
                "Ask for photometric calculations for each street type in the offer, not after "
                "the contract is signed.",
                "Write into the contract that the control system's data belongs to the city "
                "and can be exported in an open format.",
            ],
        ),
    ),
    case(
        2, "lv", "food-catering-and-vending", "jelgava-municipality",
        "LV", "Jelgava", P.OPEN, 2022, value=2_900_000,
        co2=85, mwh=None, lcc=None, tags=("school meals", "food quality schemes", "lots"),
        criteria=3,
        lv=(
            "Skolēnu ēdināšana ar vietējiem un bioloģiskiem produktiem Jelgavā",
            "Pašvaldība iepirka ēdināšanu 14 skolām 6100 skolēniem, sadalot iepirkumu daļās pa "
            "skolām un prasot noteiktu pārtikas kvalitātes shēmās sertificētu produktu "
            "īpatsvaru.",
            "ZPI prasības pārtikai: vismaz 35 % produktu no bioloģiskās lauksaimniecības vai "
            "nacionālās pārtikas kvalitātes shēmas, svaigi dārzeņi katru dienu, ēdienkarte "
            "saskaņota ar sezonu. Papildu punkti par lielāku īpatsvaru.",
            "Iepirkums sadalīts 14 daļās, lai piedalīties varētu arī mazi ēdinātāji; pirms "
            "izsludināšanas notika tikšanās ar vietējiem ražotājiem.",
            [
                "Kvalitātes shēmu produktu īpatsvars pirmajā gadā sasniedza 44 %.",
                "Ēdiena pārpalikumi skolās samazinājās par piekto daļu pēc ēdienkaršu "
                "pielāgošanas skolēnu atsauksmēm.",
            ],
            "Septiņi vietējie ražotāji kļuva par ēdinātāju piegādātājiem",
            "Emisijas aprēķinātas pēc iepirkto produktu daudzumiem un vidējiem emisiju "
            "faktoriem pārtikas grupām, salīdzinot ar 2020. gada ēdienkartēm.",
            [
                "Pavadzīmju pārbaude katru ceturksni ir vienīgais veids, kā pārliecināties par "
                "solīto produktu īpatsvaru.",
                "Sadalījums daļās pa skolām palielināja konkurenci: katrā daļā bija vismaz "
                "divi piedāvājumi.",
            ],
        ),
        en=(
            "School meals with local and organic produce in Jelgava",
            "The city bought catering for 14 schools and 6,100 pupils, with a lot per school "
            "and a set share of products certified under food quality schemes.",
            "GPP requirements for food: at least 35% of products from organic farming or the "
            "national food quality scheme, fresh vegetables every day, seasonal menus. Extra "
            "points for a higher share.",
            "The tender was split into 14 lots so that small caterers could bid too; local "
            "producers were met before publication.",
            [
                "The share of quality-scheme products reached 44% in the first year.",
                "Plate waste in the schools fell by a fifth after the menus were adjusted to "
                "what pupils said.",
            ],
            "Seven local producers became suppliers of the caterers",
            "Emissions calculated from the quantities bought and average emission factors per "
            "food group, compared with the 2020 menus.",
            [
                "Checking delivery notes every quarter is the only way to be sure the promised "
                "share is delivered.",
                "A lot per school increased competition: every lot had at least two offers.",
            ],
        ),
    ),
    case(
        3, "lv", "electricity", "vidzeme-planning-region",
        "LV", "Vidzeme", P.JOINT, 2023, value=4_600_000,
        co2=1380, mwh=None, lcc=210_000, tags=("joint procurement", "renewable electricity"),
        lv=(
            "Vidzemes pašvaldību kopīgais atjaunīgās elektroenerģijas iepirkums",
            "Vidzemes plānošanas reģions kā centralizēto iepirkumu institūcija iepirka 12 600 "
            "MWh elektroenerģijas gadā sešām pašvaldībām un to iestādēm, prasot izcelsmes "
            "apliecinājumus no atjaunīgajiem energoresursiem.",
            "Visai piegādātajai elektroenerģijai jābūt ar izcelsmes apliecinājumiem no vēja, "
            "saules vai hidroenerģijas; papildu punkti, ja vismaz 10 % nāk no iekārtām, kas "
            "darbu sākušas pēdējos piecos gados.",
            "Reģions apkopoja visu pašvaldību patēriņa datus un konsultējās ar trim "
            "tirgotājiem par cenu fiksēšanas nosacījumiem.",
            [
                "Sešas pašvaldības ar vairāk nekā 400 objektiem noslēdza vienu līgumu, nevis "
                "sešus atsevišķus.",
                "Administratīvās izmaksas samazinājās, un cena bija par 4 % zemāka nekā "
                "pašvaldību iepriekšējos līgumos.",
            ],
            "",
            "Tirgus bāzes metode: izcelsmes apliecinājumu apjoms reizināts ar atlikušās "
            "elektroenerģijas emisijas faktoru; reālu jaudu pieaugumu tas neparāda.",
            [
                "Izcelsmes apliecinājumi vien jaunas jaudas nerada; ja mērķis ir jauna "
                "ražošana, prasiet jaunas iekārtas vai ilgtermiņa līgumu.",
                "Patēriņa datu apkopošana aizņēma trīs mēnešus: sāciet to gadu pirms līgumu "
                "beigām.",
            ],
        ),
        en=(
            "Joint purchase of renewable electricity for Vidzeme municipalities",
            "As a central purchasing body, the Vidzeme Planning Region bought 12,600 MWh of "
            "electricity a year for six municipalities and their institutions, backed by "
            "guarantees of origin from renewable sources.",
            "All electricity supplied must carry guarantees of origin from wind, solar or "
            "hydro power; extra points when at least 10% comes from installations that started "
            "in the last five years.",
            "The region collected consumption data from every municipality and consulted three "
            "suppliers on price-fixing terms.",
            [
                "Six municipalities with more than 400 sites signed one contract instead of "
                "six.",
                "Administrative costs fell, and the price was 4% below the municipalities' "
                "previous contracts.",
            ],
            "",
            "Market-based method: volume of guarantees of origin times the residual-mix "
            "emission factor; it shows no new generating capacity.",
            [
                "Guarantees of origin alone add no capacity; if new generation is the aim, ask "
                "for new installations or a long-term purchase agreement.",
                "Collecting consumption data took three months: start a year before the "
                "contracts end.",
            ],
        ),
    ),
    case(
        4, "lv", "computers-and-monitors", "zemgale-procurement-centre",
        "LV", "Zemgale", P.FRAMEWORK, 2022, value=1_150_000,
        co2=96, mwh=140, lcc=260_000, tags=("framework agreement", "repairability", "warranty"),
        criteria=3,
        lv=(
            "Vispārīgā vienošanās par remontējamiem portatīvajiem datoriem Zemgales skolām",
            "Zemgales iepirkumu centrs noslēdza vispārīgo vienošanos ar trim piegādātājiem par "
            "portatīvajiem datoriem skolām; četros gados iegādāti 2100 datori.",
            "Prasības: energoefektivitāte atbilstoši jaunākajai ENERGY STAR versijai, maināms "
            "akumulators un atmiņa, rezerves daļas pieejamas piecus gadus, piecu gadu "
            "garantija ar remontu skolā.",
            "Tirgus izpētē pieci piegādātāji apstiprināja, ka piecu gadu garantiju var "
            "piedāvāt bez būtiska cenas pieauguma.",
            [
                "Datoru kalpošanas laiks skolās pagarinājās no četriem līdz sešiem gadiem.",
                "90 % bojājumu novērsti skolā ar rezerves daļām, neaizvedot datoru uz servisu.",
            ],
            "",
            "Ražošanas emisijas (aprites cikla novērtējums, 300 kg CO2 uz datoru) sadalītas pa "
            "kalpošanas gadiem; enerģija pēc ENERGY STAR datiem.",
            [
                "Rezerves daļu cenas prasiet piedāvājumā un iekļaujiet tās vispārīgajā "
                "vienošanās.",
                "Skolu IT speciālistu apmācība akumulatoru maiņā bija lētāka par servisa "
                "izsaukumiem.",
            ],
        ),
        en=(
            "Framework agreement for repairable laptops for Zemgale schools",
            "The Zemgale Procurement Centre signed a framework agreement with three suppliers "
            "for school laptops; 2,100 laptops were bought under it in four years.",
            "Requirements: energy efficiency to the latest ENERGY STAR version, replaceable "
            "battery and memory, spare parts available for five years, a five-year warranty "
            "with repair at the school.",
            "In market research five suppliers confirmed that a five-year warranty could be "
            "offered without a large price increase.",
            [
                "Laptops now last six years in schools instead of four.",
                "90% of faults are fixed at the school with spare parts, without sending the "
                "laptop away.",
            ],
            "",
            "Manufacturing emissions (life-cycle assessment, 300 kg CO2 per laptop) spread "
            "over the years of use; energy from ENERGY STAR data.",
            [
                "Ask for spare-part prices in the offer and put them into the framework "
                "agreement.",
                "Training school IT staff to change batteries cost less than service call-outs.",
            ],
        ),
    ),
    case(
        5, "lv", "road-transport", "lv-municipality-0",
        "LV", "Valmiera", P.OPEN, 2023, value=620_000,
        co2=58, mwh=None, lcc=140_000, tags=("electric vehicles", "life-cycle cost"),
        lv=(
            "Elektromobiļi Valmieras sociālās aprūpes dienestam",
            "Valmieras novada pašvaldība iegādājās 18 elektromobiļus aprūpētājiem, kas ik "
            "dienu apmeklē klientus mājās, un 10 uzlādes vietas pie dienesta ēkas.",
            "Piedāvājumi vērtēti pēc aprites cikla izmaksām astoņos gados: iegāde, "
            "elektroenerģija, apkope un atlikusī vērtība. Prasīts vismaz 250 km nobraukums "
            "ziemas apstākļos.",
            "Trīs mēnešus dienests izmēģināja divus elektromobiļus, lai noskaidrotu reālo "
            "nobraukumu ziemā lauku ceļos.",
            [
                "Enerģijas izdevumi ir trīs reizes mazāki nekā iepriekš par dīzeļdegvielu.",
                "Aprūpētāji ziņo par mazāku nogurumu; neviens brauciens nav atcelts uzlādes "
                "dēļ.",
            ],
            "",
            "Iepriekšējo dīzeļa automašīnu degvielas patēriņš 2022. gadā salīdzināts ar "
            "elektromobiļu uzlādes skaitītāju datiem 2024. gadā.",
            [
                "Izmēģinājums pirms iepirkuma ļāva prasīt reālu, nevis kataloga nobraukumu.",
                "Elektrotīkla pieslēguma jaudas palielināšana aizņēma piecus mēnešus: "
                "piesakiet to vienlaikus ar iepirkumu.",
            ],
        ),
        en=(
            "Electric cars for Valmiera's home care service",
            "Valmiera Municipality bought 18 electric cars for carers who visit clients at "
            "home every day, and 10 charging points at the service's building.",
            "Offers were compared on life-cycle cost over eight years: purchase, electricity, "
            "maintenance and residual value. A range of at least 250 km in winter conditions "
            "was required.",
            "For three months the service tested two electric cars to find out their real "
            "winter range on rural roads.",
            [
                "Energy costs are a third of what diesel cost before.",
                "Carers report less fatigue; no visit has been cancelled because of charging.",
            ],
            "",
            "The former diesel cars' fuel use in 2022 compared with the charging meters of the "
            "electric cars in 2024.",
            [
                "A trial before the tender made it possible to ask for the real range, not the "
                "catalogue one.",
                "Increasing the grid connection took five months: apply for it at the same "
                "time as the tender.",
            ],
        ),
    ),
    case(
        6, "lv", "cleaning-products-and-services", "lv-municipality-1",
        "LV", "Cēsis", P.OPEN, 2022, value=840_000,
        co2=9, mwh=None, lcc=36_000, tags=("ecolabel", "cleaning", "training"),
        criteria=3,
        lv=(
            "Cēsu izglītības iestāžu uzkopšana ar ekomarķētiem līdzekļiem",
            "Cēsu novada pašvaldība iepirka 38 000 m² skolu un bērnudārzu telpu uzkopšanu uz "
            "trim gadiem ar ekomarķētiem tīrīšanas līdzekļiem, dozēšanas sistēmām un "
            "mikrošķiedras lupatām.",
            "Vismaz 80 % tīrīšanas līdzekļu ar ES ekomarķējumu vai līdzvērtīgu marķējumu, "
            "koncentrāti ar dozēšanas iekārtām, personāla apmācība pirms darba sākuma un katru "
            "gadu.",
            "Pasūtītājs tikās ar četriem uzkopšanas uzņēmumiem; tie ieteica prasīt "
            "mikrošķiedru, jo tā samazina gan ūdens, gan līdzekļu patēriņu.",
            [
                "Tīrīšanas līdzekļu patēriņš samazinājās par 38 %.",
                "Bērnudārzu darbinieki vairs nesūdzas par ķīmisku smaku telpās.",
            ],
            "",
            "Iegādāto līdzekļu daudzumi no uzņēmēja atskaitēm salīdzināti ar iepriekšējā "
            "līguma pēdējo gadu.",
            [
                "Apmācību ierakstus pārbaudiet līguma izpildes laikā, ne tikai piedāvājumu "
                "vērtēšanā.",
                "Dozēšanas iekārtas jāiekļauj cenā, citādi tās netiek uzstādītas.",
            ],
        ),
        en=(
            "Cleaning of Cēsis schools and kindergartens with ecolabelled products",
            "Cēsis Municipality bought three years of cleaning for 38,000 m² of schools and "
            "kindergartens with ecolabelled products, dosing systems and microfibre cloths.",
            "At least 80% of cleaning products with the EU Ecolabel or an equivalent label, "
            "concentrates with dosing devices, staff training before the start and every year.",
            "The buyer met four cleaning companies; they advised asking for microfibre, which "
            "cuts both water and product use.",
            [
                "Use of cleaning products fell by 38%.",
                "Kindergarten staff no longer complain about a chemical smell in the rooms.",
            ],
            "",
            "Product quantities from the contractor's reports compared with the last year of "
            "the previous contract.",
            [
                "Check training records during the contract, not only when evaluating offers.",
                "Dosing devices must be included in the price, or they are not installed.",
            ],
        ),
    ),
]  # fmt: skip
