"""Procurements across Europe (20-27), written in English and translated into Latvian."""

from .records import BAD, P, case

CASES = [
    case(
        20, "en", "paints-and-road-markings", "es-municipality-0",
        "ES", "Sevilla", P.OPEN, 2021, value=520_000,
        co2=None, mwh=None, lcc=None, tags=("road markings", "durability", "lowest price"),
        kind=BAD,
        en=(
            "Road markings in Seville: solvent-free paint that wore off in eight months",
            "The City of Seville required solvent-free waterborne paint for road markings but "
            "awarded on price alone and set no durability class. In summer heat and heavy "
            "traffic the markings faded within eight months and had to be repainted.",
            "Waterborne paint without aromatic solvents; no performance class for night "
            "visibility or wear; no trial section.",
            "None; the specification was copied from a smaller town's tender.",
            [
                "Half of the network was repainted within a year, doubling the paint and the "
                "traffic disruption.",
                "The next tender asked for durability classes and cold plastic on the busiest "
                "junctions.",
            ],
            "",
            "No saving is claimed: repainting used more material than the old solvent paint.",
            [
                "Green criteria need performance criteria next to them: a marking that lasts "
                "half as long is not greener.",
                "Ask for road-trial results for the durability class you need, and compare "
                "offers on cost per year of service.",
                "Do not copy a specification from a place with other traffic and climate.",
            ],
        ),
        lv=(
            "Ceļu apzīmējumi Seviļā: krāsa bez šķīdinātājiem nodila astoņos mēnešos",
            "Seviļas pilsēta ceļu apzīmējumiem prasīja ūdens bāzes krāsu bez šķīdinātājiem, "
            "taču piedāvājumus vērtēja tikai pēc cenas un nenoteica izturības klasi. Vasaras "
            "karstumā un intensīvā satiksmē apzīmējumi astoņos mēnešos izbalēja, un tie bija "
            "jāpārkrāso.",
            "Ūdens bāzes krāsa bez aromātiskajiem šķīdinātājiem; nav noteikta veiktspējas "
            "klase redzamībai naktī vai nodilumam; nav izmēģinājuma posma.",
            "Netika veikta; tehniskā specifikācija nokopēta no mazākas pilsētas iepirkuma.",
            [
                "Gada laikā bija jāpārkrāso puse ielu tīkla, divkāršojot krāsas patēriņu un "
                "satiksmes traucējumus.",
                "Nākamajā iepirkumā prasīja izturības klases un aukstās plastmasas apzīmējumus "
                "noslogotākajos krustojumos.",
            ],
            "",
            "Ietaupījums netiek norādīts: pārkrāsošanai patērēja vairāk materiāla nekā "
            "iepriekš ar šķīdinātāju krāsu.",
            [
                "Zaļajām prasībām blakus vajag veiktspējas prasības: apzīmējums, kas kalpo "
                "divreiz īsāk, nav zaļāks.",
                "Prasiet ceļa testu rezultātus vajadzīgajai izturības klasei un salīdziniet "
                "piedāvājumus pēc izmaksām uz kalpošanas gadu.",
                "Nekopējiet tehnisko specifikāciju no vietas ar citu satiksmi un klimatu.",
            ],
        ),
    ),
    case(
        21, "en", "imaging-equipment", "andalusia-procurement",
        "ES", "Andalusia", P.FRAMEWORK, 2021, value=2_700_000,
        co2=95, mwh=380, lcc=1_200_000, tags=("managed print", "paper saving"),
        en=(
            "Fewer, greener printers for the Andalusian regional administration",
            "The regional procurement office replaced 3,400 desk printers in regional offices "
            "with 900 shared multifunction devices under a managed print framework.",
            "Devices meeting EU GPP criteria for imaging equipment, with duplex printing as "
            "the default; print release by staff card; toner cartridges taken back and "
            "refilled; compatibility with 100% recycled paper.",
            "Offices counted their printers and print volumes before the framework, which "
            "showed that half of the desk printers printed less than 20 pages a day.",
            [
                "Printed pages fell by 28% in the first year, mostly from print release and "
                "duplex.",
                "Electricity use of printing fell by two thirds.",
            ],
            "41 million fewer sheets of paper a year",
            "Device counts and meter readings from the managed print reports, compared with "
            "the inventory before the framework; paper from purchase records.",
            [
                "Print release with a staff card ended piles of forgotten prints at the "
                "devices.",
                "Explain the change before removing desk printers: resistance fell once staff "
                "saw the figures.",
            ],
        ),
        lv=(
            "Mazāk un zaļāku printeru Andalūzijas reģionālajai pārvaldei",
            "Reģionālais iepirkumu birojs reģiona iestāžu 3400 galda printerus aizstāja ar 900 "
            "koplietošanas daudzfunkciju iekārtām, noslēdzot vispārīgo vienošanos par drukas "
            "pārvaldības pakalpojumu.",
            "Iekārtas atbilst ES ZPI kritērijiem attēlveidošanas iekārtām, pēc noklusējuma "
            "abpusēja druka; drukas izdošana ar darbinieka karti; tonera kasetnes pieņem "
            "atpakaļ un uzpilda; iekārtas der 100 % pārstrādātam papīram.",
            "Pirms vienošanās iestādes saskaitīja savus printerus un drukas apjomus, un "
            "izrādījās, ka puse galda printeru dienā izdrukā mazāk par 20 lapām.",
            [
                "Pirmajā gadā izdrukāto lapu skaits samazinājās par 28 %, galvenokārt drukas "
                "izdošanas ar karti un abpusējas drukas dēļ.",
                "Drukāšanas elektroenerģijas patēriņš samazinājās par divām trešdaļām.",
            ],
            "Par 41 miljonu papīra lapu mazāk gadā",
            "Iekārtu skaits un skaitītāju rādījumi no drukas pārvaldības atskaitēm, salīdzinot "
            "ar inventarizāciju pirms vienošanās; papīrs pēc iepirkumu datiem.",
            [
                "Drukas izdošana ar darbinieka karti izbeidza aizmirstu izdruku kaudzes pie "
                "iekārtām.",
                "Pirms galda printeru noņemšanas izskaidrojiet pārmaiņas: pretestība "
                "mazinājās, kad darbinieki redzēja skaitļus.",
            ],
        ),
    ),
    case(
        22, "en", "electricity", "energy-agency-es",
        "ES", "Andalusia", P.OPEN, 2021, value=3_900_000,
        co2=1300, mwh=6900, lcc=5_800_000, tags=("solar PV", "self-consumption"),
        en=(
            "Rooftop solar panels on 46 regional public buildings in Andalusia",
            "The Andalusian Energy Agency bought the design, installation and ten years of "
            "maintenance of 4.2 MWp of solar panels for self-consumption on 46 schools, health "
            "centres and offices.",
            "A guaranteed yield per kWp for each roof; a carbon footprint declaration of the "
            "modules; a monitoring platform open to the buildings' managers; module recycling "
            "under the WEEE scheme at end of life.",
            "A structural check of every roof was done before the tender and published with "
            "it, so bidders did not price the risk of weak roofs.",
            [
                "The panels produce about 6,900 MWh a year, a third of the buildings' use.",
                "Two roofs failed the structural check and were left out, avoiding delays "
                "later.",
            ],
            "",
            "Metered production over the first full year; Spanish grid emission factor for the "
            "electricity no longer drawn.",
            [
                "Check roofs before the tender, not during it.",
                "Give the buildings' managers the monitoring data: they found three faults "
                "before the contractor did.",
            ],
        ),
        lv=(
            "Saules paneļi uz 46 Andalūzijas reģiona publisko ēku jumtiem",
            "Andalūzijas enerģētikas aģentūra iepirka 4,2 MWp pašpatēriņa saules paneļu "
            "projektēšanu, uzstādīšanu un desmit gadu apkopi 46 skolām, veselības centriem un "
            "birojiem.",
            "Garantēta izstrāde uz kWp katram jumtam; moduļu oglekļa pēdas deklarācija; "
            "uzraudzības platforma, kas pieejama ēku pārvaldniekiem; moduļu pārstrāde "
            "elektroiekārtu atkritumu sistēmā kalpošanas beigās.",
            "Pirms iepirkuma katram jumtam veica konstrukciju pārbaudi un to publicēja kopā ar "
            "dokumentiem, lai pretendenti cenā neiekļautu vāju jumtu risku.",
            [
                "Paneļi saražo aptuveni 6900 MWh gadā, trešdaļu ēku patēriņa.",
                "Divi jumti pārbaudi neizturēja un tika izslēgti, tā izvairoties no vēlākas "
                "kavēšanās.",
            ],
            "",
            "Uzskaitītā izstrāde pirmajā pilnajā gadā; Spānijas elektrotīkla emisijas faktors "
            "elektroenerģijai, kas vairs netiek ņemta no tīkla.",
            [
                "Jumtus pārbaudiet pirms iepirkuma, nevis tā laikā.",
                "Dodiet uzraudzības datus ēku pārvaldniekiem: viņi trīs bojājumus pamanīja "
                "ātrāk nekā uzņēmējs.",
            ],
        ),
    ),
    case(
        23, "en", "data-centres", "el-municipality-0",
        "EL", "Athens", P.OPEN, 2020, value=1_800_000,
        co2=None, mwh=None, lcc=None, tags=("PUE", "metering", "verification"),
        kind=BAD,
        en=(
            "Athens server room consolidation: a PUE target nobody could measure",
            "The City of Athens merged five server rooms into one and asked bidders for a "
            "power usage effectiveness (PUE) of 1.4, but as a design value only, with no "
            "metering and no penalty. Electricity bills later suggested a real PUE near 1.9.",
            "A design PUE of 1.4 stated in the offer; cooling with free-cooling hours; no "
            "requirement to meter IT load and total load separately.",
            "Two suppliers asked how the PUE would be checked; the answer was that the design "
            "calculation would be enough.",
            [
                "The city cannot tell how much of the room's electricity goes to cooling.",
                "Sub-meters were added two years later at the city's own cost.",
            ],
            "",
            "No saving is claimed: without metering there is no baseline and no result.",
            [
                "Ask for metering of IT and total energy to EN 50600-4-2 and quarterly PUE "
                "reports.",
                "Tie a penalty or a bonus to the measured PUE, not the design value.",
                "When bidders ask how you will check a criterion, that is a question to answer "
                "in the documents.",
            ],
        ),
        lv=(
            "Atēnu serveru telpu apvienošana: PUE mērķis, ko neviens nevarēja izmērīt",
            "Atēnu pilsēta apvienoja piecas serveru telpas vienā un prasīja "
            "energoefektivitātes rādītāju PUE 1,4, taču tikai kā projekta vērtību, bez "
            "uzskaites un līgumsoda. Vēlāk elektroenerģijas rēķini liecināja, ka reālais PUE "
            "ir tuvu 1,9.",
            "Piedāvājumā norādīts projekta PUE 1,4; dzesēšana ar brīvās dzesēšanas stundām; "
            "nav prasīta IT slodzes un kopējās slodzes atsevišķa uzskaite.",
            "Divi piegādātāji jautāja, kā PUE tiks pārbaudīts; atbilde bija, ka pietiks ar "
            "projekta aprēķinu.",
            [
                "Pilsēta nevar noteikt, cik daudz telpas elektroenerģijas patērē dzesēšana.",
                "Apakšskaitītājus uzstādīja pēc diviem gadiem uz pilsētas rēķina.",
            ],
            "",
            "Ietaupījums netiek norādīts: bez uzskaites nav ne bāzes līnijas, ne rezultāta.",
            [
                "Prasiet IT un kopējās enerģijas uzskaiti atbilstoši EN 50600-4-2 un PUE "
                "atskaites katru ceturksni.",
                "Līgumsodu vai prēmiju sasaistiet ar izmērīto PUE, nevis projekta vērtību.",
                "Ja pretendenti jautā, kā pārbaudīsiet kritēriju, atbildei jābūt iepirkuma "
                "dokumentos.",
            ],
        ),
    ),
    case(
        24, "en", "gardening-and-public-space-maintenance", "el-planning-region-4",
        "EL", "Larissa", P.OPEN, 2022, value=640_000,
        co2=22, mwh=110, lcc=290_000, tags=("water saving", "native plants", "irrigation"),
        en=(
            "Drip irrigation and drought-tolerant planting for Larissa's green spaces",
            "The regional development agency replaced sprinklers in 35 ha of parks and "
            "roadside greenery with drip irrigation run by soil-moisture sensors, and "
            "replanted lawns with native drought-tolerant species.",
            "Irrigation controlled by soil-moisture sensors; native Mediterranean species from "
            "a list agreed with the university; peat-free growing media; compost from the "
            "municipalities' green waste; two years of aftercare.",
            "Landscape contractors were invited to a site visit where the agency explained the "
            "sensor system and the plant list.",
            [
                "Water use for irrigation fell by 45% in the first summer.",
                "92% of the new plants survived the 2023 heatwave.",
            ],
            "180,000 m³ of water saved a year",
            "Water meters of the irrigation network compared with the average of 2019-2021; "
            "pumping electricity from the same meters.",
            [
                "Sensors need cleaning and recalibration: put their maintenance in the "
                "contract.",
                "A plant survival guarantee made the contractor water properly in the first "
                "summer.",
            ],
        ),
        lv=(
            "Pilienveida laistīšana un sausumizturīgi augi Larisas zaļajās zonās",
            "Reģionālās attīstības aģentūra 35 ha parku un ceļmalu apstādījumu smidzinātājus "
            "aizstāja ar pilienveida laistīšanu, ko vada augsnes mitruma sensori, un zālienu "
            "vietā iestādīja vietējās sausumizturīgās sugas.",
            "Laistīšanu vada augsnes mitruma sensori; vietējās Vidusjūras sugas no saraksta, "
            "kas saskaņots ar universitāti; substrāti bez kūdras; komposts no pašvaldību "
            "zaļajiem atkritumiem; divu gadu kopšana.",
            "Ainavu darbu uzņēmumi tika aicināti uz objekta apskati, kur aģentūra izskaidroja "
            "sensoru sistēmu un augu sarakstu.",
            [
                "Pirmajā vasarā laistīšanai patērētā ūdens daudzums samazinājās par 45 %.",
                "2023. gada karstuma vilni pārdzīvoja 92 % jauno augu.",
            ],
            "Ietaupīti 180 000 m³ ūdens gadā",
            "Laistīšanas tīkla ūdens skaitītāji salīdzināti ar 2019.-2021. gada vidējo; sūkņu "
            "elektroenerģija no tiem pašiem skaitītājiem.",
            [
                "Sensori jātīra un jākalibrē: iekļaujiet to apkopi līgumā.",
                "Augu ieaugšanās garantija lika uzņēmējam pirmajā vasarā laistīt kārtīgi.",
            ],
        ),
    ),
    case(
        25, "en", "food-catering-and-vending", "it-municipality-0",
        "IT", "Firenze", P.OPEN, 2019, value=11_000_000,
        co2=190, mwh=None, lcc=None, tags=("reusable tableware", "tap water", "school meals"),
        en=(
            "Reusable tableware and tap water in Florence's school canteens",
            "The City of Florence made reusable plates, cutlery and jugs of tap water a "
            "condition of its school catering contract for 80 canteens, ending single-use "
            "plastic at lunch.",
            "The national minimum environmental criteria for catering, plus: reusable "
            "tableware washed on site, filtered tap water instead of bottled water, surplus "
            "food donated to charities under an agreed procedure.",
            "The city surveyed every kitchen for space, water and power for dishwashers before "
            "the tender and paid for the work where they were missing.",
            [
                "Single-use plates, cups and bottles disappeared from all 80 canteens within a "
                "school year.",
                "Surplus meals are collected by two food banks four days a week.",
            ],
            "2.4 million single-use items avoided a year",
            "Items bought under the previous contract against none now, with emission factors "
            "for plastic tableware and bottled water; dishwasher electricity subtracted.",
            [
                "Check kitchens for dishwashers early: the building work took longer than the "
                "tender.",
                "Tap-water quality tests shown to parents ended complaints within weeks.",
            ],
        ),
        lv=(
            "Daudzreiz lietojami trauki un krāna ūdens Florences skolu ēdnīcās",
            "Florences pilsēta skolu ēdināšanas līgumā 80 ēdnīcām noteica daudzreiz lietojamus "
            "šķīvjus, galda piederumus un krūkas ar krāna ūdeni, pusdienās atsakoties no "
            "vienreizlietojamās plastmasas.",
            "Valsts minimālās vides prasības ēdināšanai un papildus: daudzreiz lietojami "
            "trauki, ko mazgā uz vietas, filtrēts krāna ūdens pudeļu ūdens vietā, pārpalikušo "
            "pārtiku nodod labdarības organizācijām pēc saskaņotas kārtības.",
            "Pirms iepirkuma pilsēta apsekoja katru virtuvi, vai trauku mazgājamām mašīnām "
            "pietiek vietas, ūdens un elektrības, un, kur to trūka, apmaksāja pārbūvi.",
            [
                "Viena mācību gada laikā vienreizlietojamie šķīvji, krūzes un pudeles pazuda "
                "no visām 80 ēdnīcām.",
                "Pārpalikušās porcijas četras dienas nedēļā savāc divas pārtikas bankas.",
            ],
            "2,4 miljoni vienreizlietojamu priekšmetu mazāk gadā",
            "Iepriekšējā līgumā iepirktais priekšmetu skaits salīdzināts ar nulli tagad, "
            "izmantojot plastmasas trauku un pudeļu ūdens emisiju faktorus; trauku mazgāšanas "
            "elektroenerģija atskaitīta.",
            [
                "Trauku mazgājamās mašīnas virtuvēs pārbaudiet laikus: pārbūve ilga ilgāk nekā "
                "iepirkums.",
                "Krāna ūdens kvalitātes testi, ko parādīja vecākiem, dažās nedēļās izbeidza "
                "sūdzības.",
            ],
        ),
    ),
    case(
        26, "en", "gardening-and-public-space-maintenance", "it-planning-region-4",
        "IT", "Lucca", P.BELOW_THRESHOLD, 2020, value=180_000,
        co2=None, mwh=None, lcc=None, tags=("tree planting", "aftercare", "lowest price"),
        kind=BAD,
        en=(
            "Roadside trees around Lucca: planted at the lowest price, lost in one summer",
            "The regional development agency bought the planting of 1,500 roadside trees on "
            "price alone, with no watering or aftercare in the contract. After the first dry "
            "summer 40% of the trees were dead.",
            "Species and sizes were listed; nothing was said about watering, mulching, soil "
            "preparation or replacing trees that died.",
            "None; the lowest of four offers won, 30% below the agency's estimate.",
            [
                "600 trees had to be replaced at the agency's own cost the next year.",
                "The replacement planting came with a new tender and three years of aftercare, "
                "which worked.",
            ],
            "",
            "No impact is claimed: most of the expected carbon storage was lost with the trees.",
            [
                "Buy a living tree, not a planting job: include three years of watering and a "
                "replacement guarantee.",
                "An offer far below the estimate usually means something has been left out; "
                "ask the bidder to explain it.",
                "Choose species for the hotter summers ahead, with the advice of an arborist.",
            ],
        ),
        lv=(
            "Koki ceļmalās pie Lukas: iestādīti par zemāko cenu, zaudēti vienā vasarā",
            "Reģionālās attīstības aģentūra iepirka 1500 koku stādīšanu ceļmalās, vērtējot "
            "tikai cenu un neparedzot līgumā laistīšanu vai kopšanu. Pēc pirmās sausās vasaras "
            "40 % koku bija nokaltuši.",
            "Norādītas sugas un izmēri; nekas nebija teikts par laistīšanu, mulčēšanu, augsnes "
            "sagatavošanu vai nokaltušo koku aizstāšanu.",
            "Netika veikta; uzvarēja zemākais no četriem piedāvājumiem, par 30 % zem aģentūras "
            "aprēķinātās līgumcenas.",
            [
                "Nākamajā gadā 600 koki bija jāaizstāj uz aģentūras rēķina.",
                "Atkārtotā stādīšana notika pēc jauna iepirkuma ar trīs gadu kopšanu, un tā "
                "izdevās.",
            ],
            "",
            "Ietekme netiek norādīta: lielākā daļa gaidītās oglekļa piesaistes tika zaudēta "
            "kopā ar kokiem.",
            [
                "Pērciet dzīvu koku, nevis stādīšanas darbu: iekļaujiet trīs gadu laistīšanu "
                "un aizstāšanas garantiju.",
                "Piedāvājums, kas ir daudz zemāks par aprēķināto cenu, parasti nozīmē, ka kaut "
                "kas nav iekļauts; lūdziet pretendentam to paskaidrot.",
                "Izvēlieties sugas, kas izturēs karstākas vasaras, konsultējoties ar arboristu.",
            ],
        ),
    ),
    case(
        27, "en", "office-buildings", "energy-agency-it",
        "IT", "Tuscany", P.RESTRICTED, 2021, value=7_800_000,
        co2=480, mwh=2300, lcc=1_600_000, tags=("energy performance contract", "ESCO"),
        en=(
            "Energy performance contract for 12 public buildings around Florence",
            "The Florence energy agency tendered a 15-year energy performance contract for 12 "
            "town halls, schools and sports halls in five municipalities, with savings "
            "guaranteed by the energy service company.",
            "Guaranteed savings of at least 30% against an agreed baseline, measured under the "
            "IPMVP protocol; the company pays the difference if savings fall short; renewable "
            "electricity for any new heat pumps.",
            "The agency published the buildings' energy audits and metering data with the "
            "notice, so that bidders priced the same baseline.",
            [
                "Savings reached 35% in the second year, above the guarantee.",
                "The municipalities paid nothing upfront: the company financed the works from "
                "the savings.",
            ],
            "",
            "Measurement and verification report of the second contract year under IPMVP "
            "option C, against the 2019 baseline.",
            [
                "A baseline both sides agree on is the heart of the contract: spend time on it.",
                "Small municipalities could only join because the agency pooled their "
                "buildings into one contract.",
            ],
        ),
        lv=(
            "Energoefektivitātes pakalpojuma līgums 12 publiskām ēkām Florences apkārtnē",
            "Florences enerģētikas aģentūra iepirka energoefektivitātes pakalpojumu līgumu uz "
            "15 gadiem 12 pašvaldību ēkām, skolām un sporta zālēm piecās pašvaldībās, kur "
            "ietaupījumu garantē energoservisa uzņēmums.",
            "Garantēts ietaupījums vismaz 30 % pret saskaņotu bāzes līniju, ko mēra pēc IPMVP "
            "protokola; ja ietaupījums ir mazāks, starpību sedz uzņēmums; jauniem "
            "siltumsūkņiem elektroenerģija no atjaunīgajiem resursiem.",
            "Aģentūra kopā ar paziņojumu publicēja ēku energoauditus un skaitītāju datus, lai "
            "pretendenti rēķinātu pēc vienas bāzes līnijas.",
            [
                "Otrajā gadā ietaupījums sasniedza 35 %, vairāk nekā garantēts.",
                "Pašvaldībām nebija jāmaksā avanss: uzņēmums darbus finansēja no ietaupījuma.",
            ],
            "",
            "Otrā līguma gada mērījumu un verifikācijas ziņojums pēc IPMVP C varianta, "
            "salīdzinot ar 2019. gada bāzes līniju.",
            [
                "Abām pusēm pieņemama bāzes līnija ir līguma pamats: veltiet tai laiku.",
                "Mazās pašvaldības varēja piedalīties tikai tāpēc, ka aģentūra apvienoja to "
                "ēkas vienā līgumā.",
            ],
        ),
    ),
]  # fmt: skip
