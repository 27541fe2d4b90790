"""Procurements across Europe (12-19), written in English and translated into Latvian."""

from .records import P, case

CASES = [
    case(
        12, "en", "food-catering-and-vending", None,
        "DK", "Copenhagen", P.FRAMEWORK, 2019, value=9_500_000,
        co2=640, mwh=None, lcc=None, tags=("organic", "public kitchens", "seasonal menus"),
        criteria=3,
        en=(
            "Copenhagen's public kitchens reach 90% organic food",
            "The City of Copenhagen tendered fruit, vegetables and dry goods for about 900 "
            "kitchens in schools, nursing homes and day-care centres, asking for organic "
            "produce and naming seasonal varieties instead of generic products.",
            "Organic certification required for the listed products; fruit and vegetables "
            "specified by variety and season (for example Danish apples from September to "
            "March); deliveries in small quantities several times a week.",
            "The city met wholesalers and farmers' cooperatives to learn which organic "
            "products were available in which months, and wrote the lots around that calendar.",
            [
                "The organic share of food bought by the city's kitchens rose to 90% without a "
                "higher food budget.",
                "Kitchens cook more from fresh raw produce and serve less meat, which paid for "
                "the higher price of organic products.",
            ],
            "90% organic at the same food budget",
            "Emissions from the change in the mix of food bought (less meat, less processed "
            "food), with Danish average emission factors per food group; the organic share "
            "from suppliers' invoices.",
            [
                "A budget-neutral shift to organic food comes from changing menus and cutting "
                "waste, not from the tender alone.",
                "Kitchen staff needed training and time to cook from scratch; the city paid "
                "for it as part of the programme.",
            ],
        ),
        lv=(
            "Kopenhāgenas pašvaldības virtuvēs 90 % bioloģiskas pārtikas",
            "Kopenhāgenas pilsēta iepirka augļus, dārzeņus un sausos produktus aptuveni 900 "
            "virtuvēm skolās, pansionātos un bērnudārzos, prasot bioloģiskus produktus un "
            "vispārīgu produktu vietā norādot sezonālas šķirnes.",
            "Uzskaitītajiem produktiem obligāts bioloģiskās lauksaimniecības sertifikāts; "
            "augļi un dārzeņi norādīti pēc šķirnes un sezonas (piemēram, Dānijas āboli no "
            "septembra līdz martam); piegādes nelielos apjomos vairākas reizes nedēļā.",
            "Pilsēta tikās ar vairumtirgotājiem un lauksaimnieku kooperatīviem, lai uzzinātu, "
            "kuri bioloģiskie produkti kurā mēnesī pieejami, un pēc šī kalendāra veidoja "
            "iepirkuma daļas.",
            [
                "Bioloģiskās pārtikas īpatsvars pilsētas virtuvju iepirkumos sasniedza 90 %, "
                "nepalielinot pārtikas budžetu.",
                "Virtuvēs vairāk gatavo no svaigiem produktiem un pasniedz mazāk gaļas, un tas "
                "sedza bioloģisko produktu augstāko cenu.",
            ],
            "90 % bioloģiskas pārtikas ar to pašu pārtikas budžetu",
            "Emisijas aprēķinātas no iepirktās pārtikas sastāva izmaiņām (mazāk gaļas un "
            "pārstrādātu produktu) ar Dānijas vidējiem emisiju faktoriem pārtikas grupām; "
            "bioloģisko produktu īpatsvars no piegādātāju rēķiniem.",
            [
                "Pāreja uz bioloģisku pārtiku bez budžeta pieauguma nāk no ēdienkaršu maiņas "
                "un mazākiem atkritumiem, nevis tikai no iepirkuma.",
                "Virtuves darbiniekiem vajadzēja apmācības un laiku, lai gatavotu no "
                "pamatproduktiem; pilsēta to apmaksāja programmas ietvaros.",
            ],
        ),
    ),
    case(
        13, "en", "road-transport", None,
        "NL", "Rotterdam", P.NEGOTIATED, 2020, value=32_000_000,
        co2=3100, mwh=9500, lcc=2_000_000,
        tags=("electric buses", "charging", "total cost of ownership"),
        en=(
            "55 electric buses and depot charging for Rotterdam",
            "Rotterdam's public transport operator bought 55 battery-electric buses with depot "
            "chargers and two pantograph stations at line ends, as the first step to a "
            "zero-emission fleet.",
            "Zero tailpipe emissions; an eight-year battery warranty with a guaranteed "
            "remaining capacity of 80%; offers compared on total cost of ownership over 12 "
            "years, including energy and maintenance.",
            "Three manufacturers were consulted on charging strategies before the negotiated "
            "procedure; the grid operator joined the talks from the start.",
            [
                "The 55 buses replaced diesel buses on six city lines and run 98% of their "
                "scheduled kilometres.",
                "Energy use per kilometre is about a third of the diesel buses'.",
            ],
            "No exhaust fumes on six inner-city lines",
            "Diesel use of the replaced buses in their last full year compared with metered "
            "charging; electricity from renewable sources under the operator's supply contract.",
            [
                "Plan the grid connection of the depot at least a year before the buses arrive.",
                "A guaranteed remaining battery capacity protects the buyer better than a "
                "warranty in years alone.",
            ],
        ),
        lv=(
            "55 elektriskie autobusi un uzlāde depo Roterdamā",
            "Roterdamas sabiedriskā transporta uzņēmums iegādājās 55 elektriskos autobusus ar "
            "uzlādes iekārtām depo un divām pantogrāfa stacijām maršrutu galapunktos kā pirmo "
            "soli uz bezemisiju autoparku.",
            "Bez izplūdes gāzu emisijām; astoņu gadu akumulatoru garantija ar garantētu "
            "atlikušo ietilpību 80 %; piedāvājumi salīdzināti pēc kopējām īpašumtiesību "
            "izmaksām 12 gados, ieskaitot enerģiju un apkopi.",
            "Pirms sarunu procedūras ar trim ražotājiem apsprieda uzlādes risinājumus; sadales "
            "sistēmas operators sarunās piedalījās no paša sākuma.",
            [
                "55 autobusi aizstāja dīzeļa autobusus sešos pilsētas maršrutos un nobrauc 98 "
                "% no plānotajiem kilometriem.",
                "Enerģijas patēriņš uz kilometru ir aptuveni trešdaļa no dīzeļa autobusu "
                "patēriņa.",
            ],
            "Bez izplūdes gāzēm sešos pilsētas centra maršrutos",
            "Aizstāto autobusu dīzeļdegvielas patēriņš pēdējā pilnajā gadā salīdzināts ar "
            "uzlādes skaitītāju datiem; elektroenerģija no atjaunīgajiem resursiem saskaņā ar "
            "uzņēmuma piegādes līgumu.",
            [
                "Depo pieslēgumu elektrotīklam plānojiet vismaz gadu pirms autobusu piegādes.",
                "Garantēta akumulatoru atlikusī ietilpība pasūtītāju aizsargā labāk nekā "
                "garantija, kas izteikta tikai gados.",
            ],
        ),
    ),
    case(
        14, "en", "food-catering-and-vending", None,
        "BE", "Ghent", P.OPEN, 2020, value=6_400_000,
        co2=420, mwh=None, lcc=None, tags=("school meals", "plant-based", "short supply chains"),
        en=(
            "More plant-based school meals in Ghent",
            "The City of Ghent tendered hot meals for its primary schools with two vegetarian "
            "days a week, plant proteins on the other days and a separate lot for fruit from "
            "local growers.",
            "Two vegetarian days a week as a minimum; meat portions capped by weight; seasonal "
            "vegetables; points for organic products and for a menu tested with pupils.",
            "The city's food strategy team ran tasting sessions with caterers and pupils, and "
            "a meeting with fruit growers that led to the separate lot.",
            [
                "Meat in school meals fell by 40% by weight in the first school year.",
                "Two local fruit growers won the fruit lot, which larger caterers had never "
                "offered.",
            ],
            "Meat served in school meals down 40% by weight",
            "Quantities of meat, dairy and plant proteins from the caterer's monthly reports, "
            "compared with the previous contract, with Belgian emission factors per food group.",
            [
                "Children accepted vegetarian dishes once they had tasted and named them in "
                "the test sessions.",
                "A separate small lot is the simplest way to open a catering contract to local "
                "farmers.",
            ],
        ),
        lv=(
            "Vairāk augu valsts ēdienu Gentes skolās",
            "Gentes pilsēta iepirka siltās pusdienas pamatskolām ar divām veģetārām dienām "
            "nedēļā, augu olbaltumvielām pārējās dienās un atsevišķu daļu augļiem no vietējiem "
            "audzētājiem.",
            "Vismaz divas veģetāras dienas nedēļā; gaļas porcijām noteikts maksimālais svars; "
            "sezonāli dārzeņi; punkti par bioloģiskiem produktiem un ēdienkarti, kas "
            "izmēģināta kopā ar skolēniem.",
            "Pilsētas pārtikas stratēģijas komanda rīkoja degustācijas ar ēdinātājiem un "
            "skolēniem, kā arī tikšanos ar augļu audzētājiem, pēc kuras izveidoja atsevišķu "
            "daļu.",
            [
                "Pirmajā mācību gadā gaļas daudzums skolu ēdienos samazinājās par 40 % pēc "
                "svara.",
                "Augļu daļu ieguva divi vietējie audzētāji, ko lielie ēdinātāji iepriekš nekad "
                "nebija piedāvājuši.",
            ],
            "Par 40 % mazāk gaļas skolu ēdienos (pēc svara)",
            "Gaļas, piena produktu un augu olbaltumvielu daudzumi no ēdinātāja ikmēneša "
            "atskaitēm salīdzināti ar iepriekšējo līgumu, izmantojot Beļģijas emisiju faktorus "
            "pārtikas grupām.",
            [
                "Bērni pieņēma veģetāros ēdienus, kad bija tos nogaršojuši un paši nosaukuši "
                "degustācijās.",
                "Atsevišķa neliela daļa ir vienkāršākais veids, kā ēdināšanas līgumā iesaistīt "
                "vietējos lauksaimniekus.",
            ],
        ),
    ),
    case(
        15, "en", "indoor-cleaning", None,
        "ES", "Barcelona", P.OPEN, 2019, value=21_000_000,
        co2=260, mwh=650, lcc=None, tags=("daytime cleaning", "ecolabel", "social criteria"),
        en=(
            "Daytime cleaning with ecolabelled products in Barcelona's city buildings",
            "Barcelona City Council tendered four years of cleaning for its offices, libraries "
            "and civic centres, with ecolabelled products, electric machines and most cleaning "
            "done during opening hours instead of at night.",
            "At least 90% of products with the EU Ecolabel or equivalent; microfibre and "
            "dosing systems; battery-powered machines; waste separated in every building; fair "
            "working hours for cleaning staff.",
            "Trade unions and cleaning companies were consulted on daytime cleaning, which "
            "changes working conditions as much as the environmental impact.",
            [
                "Buildings are no longer lit and heated for cleaning crews late at night.",
                "Cleaning staff work regular daytime hours, and sick leave fell.",
            ],
            "Most cleaning staff moved from night to day shifts",
            "Lighting and heating hours saved from the building management system, against the "
            "last year of night cleaning; product use from monthly reports.",
            [
                "Office users needed to be told why cleaners now work around them; a short "
                "notice in each building was enough.",
                "Check the product list every month: substitutions happen when a product runs "
                "out.",
            ],
        ),
        lv=(
            "Dienas uzkopšana ar ekomarķētiem līdzekļiem Barselonas pilsētas ēkās",
            "Barselonas pilsētas dome iepirka biroju, bibliotēku un kopienas centru uzkopšanu "
            "uz četriem gadiem ar ekomarķētiem līdzekļiem, elektriskām iekārtām un lielāko "
            "daļu darbu dienas laikā, nevis naktī.",
            "Vismaz 90 % līdzekļu ar ES ekomarķējumu vai līdzvērtīgu; mikrošķiedra un "
            "dozēšanas sistēmas; akumulatora iekārtas; atkritumu šķirošana katrā ēkā; taisnīgs "
            "darba laiks uzkopšanas personālam.",
            "Par dienas uzkopšanu konsultējās ar arodbiedrībām un uzkopšanas uzņēmumiem, jo tā "
            "maina darba apstākļus tikpat lielā mērā kā ietekmi uz vidi.",
            [
                "Ēkas vairs netiek apgaismotas un apkurinātas uzkopējiem vēlu vakarā.",
                "Uzkopšanas personāls strādā regulārā dienas darba laikā, un slimības dienu "
                "skaits samazinājās.",
            ],
            "Lielākā daļa uzkopēju pārgāja no nakts uz dienas maiņām",
            "Ietaupītās apgaismojuma un apkures stundas no ēku vadības sistēmas, salīdzinot ar "
            "pēdējo nakts uzkopšanas gadu; līdzekļu patēriņš no ikmēneša atskaitēm.",
            [
                "Biroju darbiniekiem bija jāizskaidro, kāpēc uzkopēji tagad strādā viņu "
                "klātbūtnē; pietika ar īsu paziņojumu katrā ēkā.",
                "Līdzekļu sarakstu pārbaudiet katru mēnesi: ja līdzeklis beidzas, to mēdz "
                "aizstāt ar citu.",
            ],
        ),
    ),
    case(
        16, "en", "office-buildings", None,
        "EE", "Tartu", P.COMPETITIVE_DIALOGUE, 2018, value=5_200_000,
        co2=115, mwh=576, lcc=900_000, tags=("deep renovation", "prefabricated facade"),
        en=(
            "Deep renovation of a 1960s school in Tartu with prefabricated facades",
            "The City of Tartu, advised by the Tartu Regional Energy Agency, renovated a 4,800 "
            "m² school with insulated timber facade elements made in a factory, new windows, "
            "ventilation with heat recovery and solar panels.",
            "A guaranteed heat demand of no more than 75 kWh/m² a year, checked for two "
            "heating seasons; indoor climate class I in classrooms; at most eight weeks of "
            "building work during term time.",
            "In the competitive dialogue three consortia proposed how to reach the target; "
            "prefabricated elements came from one of them and became the basis of the final "
            "specification.",
            [
                "Heat demand fell from 190 to 70 kWh/m² a year.",
                "The facade was installed in five weeks, mostly in the summer holidays.",
            ],
            "CO2 in classrooms below 1000 ppm during lessons",
            "District-heating meter readings for two years before and after, corrected for "
            "degree days; emission factor of Tartu district heating.",
            [
                "A competitive dialogue let the market bring a better solution than the city "
                "could have specified.",
                "Measuring the guarantee over two heating seasons kept the contractor involved "
                "after handover.",
            ],
        ),
        lv=(
            "20. gs. 60. gadu skolas dziļā renovācija Tartu ar rūpnīcā izgatavotām fasādēm",
            "Tartu pilsēta ar Tartu reģionālās enerģētikas aģentūras atbalstu renovēja 4800 m² "
            "skolu: rūpnīcā izgatavoti siltināti koka fasādes elementi, jauni logi, "
            "ventilācija ar siltuma atgūšanu un saules paneļi.",
            "Garantēts siltumenerģijas patēriņš ne vairāk kā 75 kWh/m² gadā, ko pārbauda divās "
            "apkures sezonās; I klases iekštelpu klimats klasēs; mācību laikā būvdarbi ne "
            "ilgāk kā astoņas nedēļas.",
            "Konkursa dialogā trīs apvienības piedāvāja, kā sasniegt mērķi; rūpnīcā izgatavotu "
            "elementu ideja nāca no vienas no tām un kļuva par galīgās tehniskās "
            "specifikācijas pamatu.",
            [
                "Siltumenerģijas patēriņš samazinājās no 190 līdz 70 kWh/m² gadā.",
                "Fasādi uzstādīja piecās nedēļās, galvenokārt vasaras brīvlaikā.",
            ],
            "CO2 koncentrācija klasēs stundu laikā zem 1000 ppm",
            "Centralizētās siltumapgādes skaitītāju rādījumi divus gadus pirms un pēc "
            "renovācijas, koriģēti pēc grādu dienām; Tartu siltumapgādes emisijas faktors.",
            [
                "Konkursa dialogs ļāva tirgum piedāvāt labāku risinājumu, nekā pilsēta pati "
                "būtu varējusi aprakstīt.",
                "Garantijas pārbaude divās apkures sezonās noturēja būvuzņēmēju iesaistītu arī "
                "pēc ēkas nodošanas.",
            ],
        ),
    ),
    case(
        17, "en", "road-transport", "koprivnica",
        "HR", "Koprivnica", P.OPEN, 2022, value=1_900_000,
        co2=260, mwh=650, lcc=380_000, tags=("electric buses", "free public transport"),
        en=(
            "Electric minibuses for Koprivnica's free city lines",
            "The City of Koprivnica bought six electric minibuses with overnight chargers for "
            "its free public transport lines, replacing diesel minibuses that were 15 years "
            "old.",
            "A range of at least 200 km in winter with heating on; a heat-pump "
            "air-conditioning system; low floor and a ramp; a five-year warranty on the "
            "battery and drivetrain.",
            "The city borrowed an electric minibus for a month to test the routes in winter "
            "before writing the range requirement.",
            [
                "The six minibuses carry about 1,200 passengers a day on four lines.",
                "Energy costs per kilometre are a quarter of the diesel minibuses'.",
            ],
            "",
            "Diesel bought for the old minibuses in 2021 compared with metered charging in "
            "2023; Croatian grid emission factor.",
            [
                "Heating the cabin used a fifth of the battery in the winter test: ask for a "
                "heat pump, not resistance heating.",
                "Drivers trained in regenerative braking gained 10% more range.",
            ],
        ),
        lv=(
            "Elektriskie mikroautobusi Koprivnicas bezmaksas pilsētas maršrutiem",
            "Koprivnicas pilsēta iegādājās sešus elektriskos mikroautobusus ar nakts uzlādes "
            "iekārtām bezmaksas sabiedriskā transporta maršrutiem, aizstājot 15 gadus vecus "
            "dīzeļa mikroautobusus.",
            "Nobraukums ziemā ar ieslēgtu apkuri vismaz 200 km; gaisa kondicionēšana ar "
            "siltumsūkni; zema grīda un uzbrauktuve; piecu gadu garantija akumulatoram un "
            "piedziņai.",
            "Pirms nobraukuma prasības noteikšanas pilsēta uz mēnesi aizņēmās elektrisko "
            "mikroautobusu, lai ziemā izmēģinātu maršrutus.",
            [
                "Seši mikroautobusi četros maršrutos dienā pārvadā aptuveni 1200 pasažierus.",
                "Enerģijas izmaksas uz kilometru ir ceturtā daļa no dīzeļa mikroautobusu "
                "izmaksām.",
            ],
            "",
            "Veco mikroautobusu dīzeļdegvielas iegāde 2021. gadā salīdzināta ar uzlādes "
            "skaitītāju datiem 2023. gadā; Horvātijas elektrotīkla emisijas faktors.",
            [
                "Ziemas izmēģinājumā salona apkure patērēja piekto daļu akumulatora: prasiet "
                "siltumsūkni, nevis elektrisko sildītāju.",
                "Vadītāji, kas apmācīti rekuperatīvajā bremzēšanā, panāca par 10 % lielāku "
                "nobraukumu.",
            ],
        ),
    ),
    case(
        18, "en", "water-based-heaters", "rea-north",
        "HR", "Koprivnica-Križevci", P.JOINT, 2021, value=1_250_000,
        co2=185, mwh=560, lcc=520_000, tags=("heat pumps", "joint procurement"),
        en=(
            "Heat pumps instead of oil boilers in 14 schools of northern Croatia",
            "The regional energy agency ran a joint tender for nine municipalities to replace "
            "heating-oil boilers in 14 schools with air-to-water heat pumps.",
            "A seasonal coefficient of performance of at least 3.5 at the local design "
            "temperature; refrigerants with a global warming potential below 750; noise limits "
            "at the school boundary; remote monitoring of each unit.",
            "Before the tender, the agency surveyed every school's radiators and insulation to "
            "check that low flow temperatures would keep the classrooms warm.",
            [
                "Heating oil use in the 14 schools ended; the heat pumps covered the coldest "
                "week of 2022 without backup.",
                "A joint tender gave small municipalities prices they could not have got alone.",
            ],
            "",
            "Heating oil bought in the three years before, against metered electricity of the "
            "heat pumps; emission factors for heating oil and Croatian grid electricity.",
            [
                "Check radiators and insulation first: two schools needed larger radiators in "
                "some rooms.",
                "Remote monitoring showed a wrongly set unit within a week.",
            ],
        ),
        lv=(
            "Siltumsūkņi šķidrā kurināmā katlu vietā 14 Horvātijas ziemeļu skolās",
            "Reģionālā enerģētikas aģentūra rīkoja kopīgo iepirkumu deviņām pašvaldībām, lai "
            "14 skolās šķidrā kurināmā katlus aizstātu ar gaiss-ūdens siltumsūkņiem.",
            "Sezonālais lietderības koeficients (SCOP) vismaz 3,5 pie vietējās aprēķina "
            "temperatūras; aukstumaģenti ar globālās sasilšanas potenciālu zem 750; trokšņa "
            "robežvērtības pie skolas teritorijas robežas; katras iekārtas attālināta "
            "uzraudzība.",
            "Pirms iepirkuma aģentūra apsekoja katras skolas radiatorus un siltinājumu, lai "
            "pārliecinātos, ka ar zemu turpgaitas temperatūru klasēs būs silti.",
            [
                "14 skolās vairs neizmanto šķidro kurināmo; siltumsūkņi bez rezerves apkures "
                "izturēja 2022. gada aukstāko nedēļu.",
                "Kopīgais iepirkums mazām pašvaldībām deva cenas, kādas tās vienas nebūtu "
                "saņēmušas.",
            ],
            "",
            "Šķidrā kurināmā iepirkumi trīs gadus pirms nomaiņas salīdzināti ar siltumsūkņu "
            "skaitītāju datiem; šķidrā kurināmā un Horvātijas elektroenerģijas emisiju faktori.",
            [
                "Vispirms pārbaudiet radiatorus un siltinājumu: divās skolās dažās telpās "
                "vajadzēja lielākus radiatorus.",
                "Attālinātā uzraudzība nedēļas laikā atklāja nepareizi iestatītu iekārtu.",
            ],
        ),
    ),
    case(
        19, "en", "road-design-and-construction", "hr-municipality-0",
        "HR", "Zagreb", P.OPEN, 2022, value=3_100_000,
        co2=640, mwh=None, lcc=420_000, tags=("recycled asphalt", "warm mix"),
        en=(
            "Resurfacing 42 km of Zagreb streets with reclaimed asphalt",
            "The City of Zagreb resurfaced 42 km of streets with warm-mix asphalt containing "
            "30% reclaimed material, laid at lower temperatures.",
            "At least 30% reclaimed asphalt in the base and binder layers; warm-mix technology "
            "laid at no more than 140 °C; a laboratory report for every batch.",
            "The city and the contractors' association tested a trial section for a winter "
            "before the specification was written.",
            [
                "The streets met the same durability tests as those with virgin asphalt.",
                "Milled asphalt from the old surface went back into the mix instead of to "
                "landfill.",
            ],
            "28,000 tonnes of virgin aggregate avoided",
            "Emissions of the asphalt plant and transport from the contractor's environmental "
            "product declaration, against a standard hot mix.",
            [
                "A trial section convinced the road engineers more than any study.",
                "Keep milled material from your own streets: it is the cheapest raw material.",
            ],
        ),
        lv=(
            "Zagrebas ielu seguma atjaunošana 42 km garumā ar otrreizēji izmantotu asfaltu",
            "Zagrebas pilsēta atjaunoja 42 km ielu segumu ar siltā maisījuma asfaltu, kurā 30 "
            "% ir otrreizēji izmantots materiāls un kuru ieklāj zemākā temperatūrā.",
            "Pamata un saistes kārtās vismaz 30 % otrreizēji izmantota asfalta; siltā "
            "maisījuma tehnoloģija ar ieklāšanas temperatūru ne augstāku par 140 °C; "
            "laboratorijas pārskats par katru partiju.",
            "Pirms tehniskās specifikācijas sagatavošanas pilsēta kopā ar būvuzņēmēju "
            "asociāciju ziemu testēja izmēģinājuma posmu.",
            [
                "Ielas izturēja tos pašus izturības testus kā ielas ar jaunu asfaltu.",
                "Nofrēzētais vecais segums atgriezās maisījumā, nevis nonāca poligonā.",
            ],
            "Par 28 000 tonnām mazāk jauna minerālmateriāla",
            "Asfalta rūpnīcas un transporta emisijas no uzņēmēja vides produkta deklarācijas, "
            "salīdzinot ar parasto karsto maisījumu.",
            [
                "Izmēģinājuma posms ceļu inženierus pārliecināja vairāk nekā jebkurš pētījums.",
                "Saglabājiet savu ielu nofrēzēto materiālu: tā ir lētākā izejviela.",
            ],
        ),
    ),
]  # fmt: skip
