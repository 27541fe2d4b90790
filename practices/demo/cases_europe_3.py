"""Procurements across Europe (28-34), written in English and translated into Latvian."""

from .records import BAD, P, case

CASES = [
    case(
        28, "en", "road-transport", "pt-municipality-0",
        "PT", "Porto", P.OPEN, 2022, value=4_200_000,
        co2=360, mwh=920, lcc=700_000, tags=("electric trucks", "waste collection", "noise"),
        en=(
            "Electric refuse collection trucks for Porto",
            "The City of Porto bought ten electric refuse collection vehicles for night rounds "
            "in the historic centre, where diesel trucks woke residents and filled narrow "
            "streets with fumes.",
            "Electric drive and electric bin lift; a range covering the longest round plus "
            "20%; pass-by noise below 72 dB; offers compared on cost over ten years.",
            "The city logged every round with GPS for a month and gave bidders the distances, "
            "stops and slopes.",
            [
                "All night rounds in the historic centre are now electric.",
                "Noise complaints about waste collection fell to almost none.",
            ],
            "Night collection noise below 72 dB",
            "Diesel use of the replaced trucks compared with metered charging over a year; "
            "Portuguese grid emission factor.",
            [
                "Round data from GPS made the range requirement realistic and cheaper than a "
                "generous guess.",
                "Crews needed a week of training on charging and the quiet bin lift.",
            ],
        ),
        lv=(
            "Elektriskās atkritumu savākšanas mašīnas Portu",
            "Portu pilsēta iegādājās desmit elektriskās atkritumu savākšanas mašīnas nakts "
            "maršrutiem vēsturiskajā centrā, kur dīzeļa mašīnas modināja iedzīvotājus un "
            "piepildīja šaurās ielas ar izplūdes gāzēm.",
            "Elektriskā piedziņa un elektrisks konteineru pacēlājs; nobraukums, kas aptver "
            "garāko maršrutu ar 20 % rezervi; garāmbraukšanas troksnis zem 72 dB; piedāvājumi "
            "salīdzināti pēc izmaksām desmit gados.",
            "Mēnesi pilsēta ar GPS reģistrēja katru maršrutu un pretendentiem iedeva "
            "attālumus, pieturas un slīpumus.",
            [
                "Visi nakts maršruti vēsturiskajā centrā tagad ir elektriski.",
                "Sūdzību par troksni atkritumu savākšanas laikā gandrīz vairs nav.",
            ],
            "Nakts savākšanas troksnis zem 72 dB",
            "Aizstāto mašīnu dīzeļdegvielas patēriņš salīdzināts ar uzlādes skaitītāju datiem "
            "gada laikā; Portugāles elektrotīkla emisijas faktors.",
            [
                "GPS maršrutu dati padarīja nobraukuma prasību reālu un lētāku nekā aptuvens "
                "minējums ar lielu rezervi.",
                "Brigādēm vajadzēja nedēļu apmācību par uzlādi un kluso pacēlāju.",
            ],
        ),
    ),
    case(
        29, "en", "water-based-heaters", "energy-agency-pt",
        "PT", "Porto", P.JOINT, 2023, value=980_000,
        co2=380, mwh=1500, lcc=650_000, tags=("heat pumps", "solar thermal", "sports centres"),
        en=(
            "Heat pumps and solar collectors for hot water in eight sports centres",
            "The Porto energy agency ran a joint tender for four municipalities to replace gas "
            "boilers in eight sports centres with heat pumps and solar collectors for showers "
            "and pool water.",
            "Heat pumps with natural refrigerants; solar collectors with Solar Keymark "
            "certification; hot water kept above 60 °C in storage against legionella; energy "
            "metering of each system.",
            "The agency measured hot-water use in two centres for a month so that bidders "
            "could size the systems on real data.",
            [
                "Gas use for hot water fell by 80%; the boilers remain as backup only.",
                "Solar collectors cover about 45% of the heat from April to September.",
            ],
            "",
            "Gas meter readings before and after, against metered electricity of the heat "
            "pumps; emission factors for natural gas and Portuguese grid electricity.",
            [
                "Measured hot-water use was a third lower than the design guides assumed: "
                "measure before sizing.",
                "Hygiene rules on storage temperature must be in the specification, or the "
                "savings look better than they are.",
            ],
        ),
        lv=(
            "Siltumsūkņi un saules kolektori karstā ūdens sagatavošanai astoņos sporta centros",
            "Portu enerģētikas aģentūra rīkoja kopīgo iepirkumu četrām pašvaldībām, lai "
            "astoņos sporta centros gāzes katlus dušu un baseinu ūdens sildīšanai aizstātu ar "
            "siltumsūkņiem un saules kolektoriem.",
            "Siltumsūkņi ar dabīgiem aukstumaģentiem; saules kolektori ar Solar Keymark "
            "sertifikātu; karstais ūdens tvertnēs virs 60 °C legionellu dēļ; katras sistēmas "
            "enerģijas uzskaite.",
            "Aģentūra mēnesi mērīja karstā ūdens patēriņu divos centros, lai pretendenti "
            "sistēmas varētu aprēķināt pēc reāliem datiem.",
            [
                "Gāzes patēriņš karstā ūdens sagatavošanai samazinājās par 80 %; katli paliek "
                "tikai kā rezerve.",
                "No aprīļa līdz septembrim saules kolektori nodrošina aptuveni 45 % siltuma.",
            ],
            "",
            "Gāzes skaitītāju rādījumi pirms un pēc, salīdzinot ar siltumsūkņu "
            "elektroenerģijas uzskaiti; dabasgāzes un Portugāles elektroenerģijas emisiju "
            "faktori.",
            [
                "Izmērītais karstā ūdens patēriņš bija par trešdaļu mazāks, nekā pieņemts "
                "projektēšanas vadlīnijās: vispirms mēriet, tad aprēķiniet.",
                "Higiēnas prasībām par ūdens temperatūru tvertnēs jābūt tehniskajā "
                "specifikācijā, citādi ietaupījums izskatās lielāks, nekā ir.",
            ],
        ),
    ),
    case(
        30, "en", "computers-and-monitors", "cy-municipality-0",
        "CY", "Nicosia", P.OPEN, 2019, value=410_000,
        co2=None, mwh=None, lcc=None, tags=("lowest price", "repairability", "warranty"),
        kind=BAD, criteria=1,
        en=(
            "Cheapest laptops for Nicosia schools: a third out of use after three years",
            "The Municipality of Nicosia bought 1,200 school laptops on price alone, with an "
            "energy label as the only environmental requirement and a one-year warranty. Glued "
            "batteries and no spare parts meant that 35% were out of use after three years.",
            "Energy label required; no requirement on warranty length, battery replacement or "
            "spare parts.",
            "None; offers were compared on unit price only.",
            [
                "420 laptops had to be replaced early, at a cost close to the original saving.",
                "The next tender used the EU GPP criteria on durability and a five-year "
                "warranty.",
            ],
            "",
            "No saving is claimed: early replacement outweighed the energy saved.",
            [
                "Compare offers on cost per year of use, not on unit price.",
                "Ask for a replaceable battery, spare parts for five years and a warranty that "
                "covers the school years you plan.",
            ],
        ),
        lv=(
            "Lētākie klēpjdatori Nikosijas skolām: trešdaļa nelietojama pēc trim gadiem",
            "Nikosijas pašvaldība iegādājās 1200 skolu klēpjdatorus, vērtējot tikai cenu, ar "
            "energomarķējumu kā vienīgo vides prasību un viena gada garantiju. Pielīmētu "
            "akumulatoru un rezerves daļu trūkuma dēļ pēc trim gadiem 35 % datoru vairs nebija "
            "lietojami.",
            "Prasīts energomarķējums; nav prasību par garantijas ilgumu, akumulatora nomaiņu "
            "vai rezerves daļām.",
            "Netika veikta; piedāvājumus salīdzināja tikai pēc vienības cenas.",
            [
                "420 klēpjdatori bija jānomaina pirms laika, un tas izmaksāja gandrīz tikpat, "
                "cik sākotnēji ietaupīja.",
                "Nākamajā iepirkumā izmantoja ES ZPI kritērijus par ilgmūžību un piecu gadu "
                "garantiju.",
            ],
            "",
            "Ietaupījums netiek norādīts: priekšlaicīga nomaiņa atsvēra ietaupīto enerģiju.",
            [
                "Salīdziniet piedāvājumus pēc izmaksām uz lietošanas gadu, nevis pēc vienības "
                "cenas.",
                "Prasiet maināmu akumulatoru, rezerves daļas piecus gadus un garantiju, kas "
                "aptver plānotos mācību gadus.",
            ],
        ),
    ),
    case(
        31, "en", "computers-and-monitors", "ee-municipality-0",
        "EE", "Tallinn", P.FRAMEWORK, 2023, value=760_000,
        co2=170, mwh=None, lcc=540_000, tags=("refurbished", "data wiping"),
        en=(
            "Refurbished laptops and phones for Tallinn city staff",
            "The City of Tallinn set up a framework agreement for refurbished laptops and "
            "smartphones for its staff and bought 1,800 devices in the first year.",
            "Grade A refurbished devices with battery health of at least 85%; a three-year "
            "warranty; certified data wiping of devices the city hands back; the same security "
            "updates as new devices.",
            "The IT department tested devices from three refurbishers for two months before "
            "setting the grades and the battery threshold.",
            [
                "Refurbished devices cost 40% less than new ones.",
                "Failure rates in the first year were the same as for new devices.",
            ],
            "",
            "Manufacturing emissions avoided per device (life-cycle assessment), spread over "
            "three years of use.",
            [
                "Define cosmetic grades and battery health in the specification: 'refurbished' "
                "alone means little.",
                "Selling old devices back to the refurbisher closed the loop and lowered the "
                "price.",
            ],
        ),
        lv=(
            "Atjaunoti klēpjdatori un tālruņi Tallinas pilsētas darbiniekiem",
            "Tallinas pilsēta noslēdza vispārīgo vienošanos par atjaunotiem klēpjdatoriem un "
            "viedtālruņiem darbiniekiem un pirmajā gadā iegādājās 1800 ierīces.",
            "A klases atjaunotas ierīces ar akumulatora stāvokli vismaz 85 %; trīs gadu "
            "garantija; sertificēta datu dzēšana ierīcēm, ko pilsēta nodod atpakaļ; tādi paši "
            "drošības atjauninājumi kā jaunām ierīcēm.",
            "Pirms klašu un akumulatora sliekšņa noteikšanas IT nodaļa divus mēnešus testēja "
            "triju atjaunotāju ierīces.",
            [
                "Atjaunotas ierīces maksā par 40 % mazāk nekā jaunas.",
                "Bojājumu īpatsvars pirmajā gadā bija tāds pats kā jaunām ierīcēm.",
            ],
            "",
            "Katrai ierīcei novērstās ražošanas emisijas (aprites cikla novērtējums), "
            "sadalītas pa trim lietošanas gadiem.",
            [
                "Tehniskajā specifikācijā nosakiet vizuālā stāvokļa klases un akumulatora "
                "stāvokli: vārds \"atjaunots\" vien maz ko nozīmē.",
                "Veco ierīču pārdošana atpakaļ atjaunotājam noslēdza apriti un samazināja cenu.",
            ],
        ),
    ),
    case(
        32, "en", "road-design-and-construction", None,
        "NO", "Oslo", P.OPEN, 2020, value=14_000_000,
        co2=310, mwh=None, lcc=None, tags=("zero-emission construction", "machinery"),
        en=(
            "A street rebuilt in Oslo with emission-free machinery",
            "The City of Oslo rebuilt a central street with a construction site where "
            "excavators, loaders and generators ran on electricity or, as a transition, on "
            "sustainable biofuel.",
            "Award criteria weighted the share of emission-free machines and the hours they "
            "would work; fossil diesel allowed only where no alternative existed, with reasons.",
            "The city announced its emission-free construction targets years ahead, so that "
            "contractors and hire companies invested in electric machines.",
            [
                "Most machine hours on site were emission-free.",
                "Residents noticed less noise and no exhaust smell during the works.",
            ],
            "Quieter site and no diesel fumes in the street",
            "Machine hours and fuel from the contractor's logs, against the diesel use of a "
            "comparable conventional site.",
            [
                "Announce targets early: the market needs time to buy electric machines.",
                "A grid connection for the site, planned with the grid operator, matters more "
                "than mobile batteries.",
            ],
        ),
        lv=(
            "Oslo ielas pārbūve ar bezemisiju būvtehniku",
            "Oslo pilsēta pārbūvēja centrālu ielu būvlaukumā, kur ekskavatori, iekrāvēji un "
            "ģeneratori darbojās ar elektroenerģiju vai pārejas periodā ar ilgtspējīgu "
            "biodegvielu.",
            "Vērtēšanas kritērijos ņemts vērā bezemisiju mašīnu īpatsvars un to darba stundas; "
            "fosilā dīzeļdegviela atļauta tikai tur, kur alternatīvas nav, to pamatojot.",
            "Pilsēta savus bezemisiju būvniecības mērķus izziņoja gadiem iepriekš, lai "
            "būvuzņēmēji un nomas uzņēmumi ieguldītu elektriskajā tehnikā.",
            [
                "Lielākā daļa mašīnstundu būvlaukumā bija bez emisijām.",
                "Iedzīvotāji darbu laikā pamanīja, ka ir mazāk trokšņa un nav izplūdes gāzu "
                "smakas.",
            ],
            "Klusāks būvlaukums un bez dīzeļa izplūdes gāzēm ielā",
            "Mašīnstundas un degviela no uzņēmēja žurnāliem, salīdzinot ar līdzīga parasta "
            "būvlaukuma dīzeļdegvielas patēriņu.",
            [
                "Izziņojiet mērķus laikus: tirgum vajag laiku elektriskās tehnikas iegādei.",
                "Būvlaukuma pieslēgums elektrotīklam, kas saskaņots ar operatoru, ir svarīgāks "
                "par mobilajiem akumulatoriem.",
            ],
        ),
    ),
    case(
        33, "en", "cleaning-products-and-services", None,
        "AT", "Vienna", P.FRAMEWORK, 2018, value=3_600_000,
        co2=None, mwh=None, lcc=120_000, tags=("disinfectants", "hazardous substances"),
        en=(
            "Vienna chooses the least harmful disinfectants for its hospitals",
            "The City of Vienna bought cleaning products and disinfectants for its hospitals, "
            "care homes and offices under a four-year framework agreement, using its own "
            "database that rates disinfectants by their effect on health and the environment.",
            "Only disinfectants rated acceptable in the city's database for the intended use; "
            "no products classified as carcinogenic, mutagenic or toxic for reproduction; "
            "ready-to-use products replaced by concentrates where possible.",
            "Hygiene specialists, staff representatives and suppliers work together in the "
            "city's programme for sustainable procurement, which keeps the database up to date.",
            [
                "Products with the most hazardous classifications were removed from every "
                "hospital ward.",
                "Cleaning staff report fewer skin problems since the change.",
            ],
            "About 30% fewer products classified as hazardous",
            "Product lists of the previous and current framework compared by hazard "
            "classification and quantity bought.",
            [
                "A shared, public rating of products saves every department from judging "
                "safety data sheets itself.",
                "Hygiene specialists must be part of the choice, or staff keep using the old "
                "products to be safe.",
            ],
        ),
        lv=(
            "Vīne savām slimnīcām izvēlas vismazāk kaitīgos dezinfekcijas līdzekļus",
            "Vīnes pilsēta ar četru gadu vispārīgo vienošanos iepirka tīrīšanas un "
            "dezinfekcijas līdzekļus slimnīcām, aprūpes namiem un birojiem, izmantojot pašas "
            "datubāzi, kurā dezinfekcijas līdzekļi novērtēti pēc ietekmes uz veselību un vidi.",
            "Tikai tādi dezinfekcijas līdzekļi, kas pilsētas datubāzē paredzētajam lietojumam "
            "novērtēti kā pieņemami; nav līdzekļu, kas klasificēti kā kancerogēni, mutagēni "
            "vai toksiski reproduktīvajai sistēmai; kur iespējams, lietošanai gatavu līdzekļu "
            "vietā koncentrāti.",
            "Pilsētas ilgtspējīgu iepirkumu programmā kopā strādā higiēnas speciālisti, "
            "darbinieku pārstāvji un piegādātāji, un viņi uztur datubāzi aktuālu.",
            [
                "Līdzekļi ar bīstamākajām klasifikācijām izņemti no visām slimnīcu nodaļām.",
                "Kopš maiņas uzkopšanas personālam ir mazāk ādas problēmu.",
            ],
            "Par aptuveni 30 % mazāk bīstamu līdzekļu",
            "Iepriekšējās un pašreizējās vienošanās līdzekļu saraksti salīdzināti pēc "
            "bīstamības klasifikācijas un iepirktā daudzuma.",
            [
                "Kopīgs, publisks līdzekļu novērtējums ietaupa katrai struktūrvienībai darbu, "
                "pašai izvērtējot drošības datu lapas.",
                "Higiēnas speciālistiem jāpiedalās izvēlē, citādi personāls drošības labad "
                "turpina lietot vecos līdzekļus.",
            ],
        ),
    ),
    case(
        34, "en", "data-centres", None,
        "SE", "Stockholm", P.NEGOTIATED, 2021, value=6_500_000,
        co2=450, mwh=9000, lcc=300_000, tags=("heat recovery", "district heating", "colocation"),
        en=(
            "Stockholm's server hall heats homes with its waste heat",
            "The City of Stockholm moved its servers to a colocation data centre connected to "
            "the district heating network, where waste heat from cooling is sold to heat about "
            "2,500 flats.",
            "Heat recovery to the district heating network; renewable electricity; a measured "
            "PUE reported every quarter; the recovered heat stated in the contract.",
            "The city, the district heating company and data centre operators discussed heat "
            "prices before the procurement, as part of the city's data park programme.",
            [
                "About 9,000 MWh of heat a year goes into the district heating network.",
                "The city's server costs fell slightly, because the operator earns from the "
                "heat.",
            ],
            "Waste heat warms about 2,500 flats",
            "Heat delivered from the operator's meters, valued against the district heating "
            "mix it replaces.",
            [
                "Where the data centre stands decides whether its heat can be used.",
                "Write the heat volumes into the contract, with reporting, not only the "
                "intention.",
            ],
        ),
        lv=(
            "Stokholmas serveru zāle ar savu atlikumsiltumu silda dzīvokļus",
            "Stokholmas pilsēta pārcēla savus serverus uz kolokācijas datu centru, kas "
            "pieslēgts centralizētajai siltumapgādei, un dzesēšanas atlikumsiltumu pārdod "
            "aptuveni 2500 dzīvokļu apsildei.",
            "Siltuma atgūšana centralizētās siltumapgādes tīklā; elektroenerģija no "
            "atjaunīgajiem resursiem; izmērītais PUE katru ceturksni; atgūtā siltuma apjoms "
            "norādīts līgumā.",
            "Pirms iepirkuma pilsēta, siltumapgādes uzņēmums un datu centru operatori pilsētas "
            "datu parku programmas ietvaros apsprieda siltuma cenas.",
            [
                "Centralizētās siltumapgādes tīklā nonāk aptuveni 9000 MWh siltuma gadā.",
                "Pilsētas serveru izmaksas nedaudz samazinājās, jo operators nopelna ar "
                "siltumu.",
            ],
            "Atlikumsiltums silda aptuveni 2500 dzīvokļu",
            "Piegādātais siltums pēc operatora skaitītājiem, salīdzinot ar aizstāto "
            "centralizētās siltumapgādes kurināmā sastāvu.",
            [
                "No datu centra atrašanās vietas atkarīgs, vai tā siltumu var izmantot.",
                "Ierakstiet siltuma apjomus līgumā kopā ar atskaitēm, nevis tikai nodomu.",
            ],
        ),
    ),
]  # fmt: skip
