"""Latvian procurements (7-11), written in Latvian by their procurers, translated into English."""

from .records import BAD, P, case

CASES = [
    case(
        7, "lv", "furniture", "lv-municipality-2",
        "LV", "Liepāja", P.BELOW_THRESHOLD, 2021, value=96_000,
        co2=None, mwh=None, lcc=None, tags=("verification", "ecolabel", "kindergartens"),
        kind=BAD,
        lv=(
            "Mēbeles Liepājas bērnudārziem: ekomarķējuma prasība bez pārbaudes",
            "Pašvaldība prasīja mēbeles ar ES ekomarķējumu vai līdzvērtīgām īpašībām, bet "
            "pieņēma piegādātāja apliecinājumu bez testēšanas pārskatiem. Pēc piegādes telpās "
            "jutama smaka, un mērījumos formaldehīda emisija pārsniedza normu.",
            "Tehniskā specifikācija: koksnes plātnēm zema formaldehīda emisija (E1), ūdens "
            "bāzes pārklājumi; kā pierādījums pieņemts ražotāja apliecinājums.",
            "Tirgus izpēte netika veikta; iepirkumā saņemts viens piedāvājums.",
            [
                "Divās grupās mēbeles nācās izņemt un aizstāt; piegādātājs to izdarīja tikai "
                "pēc četriem mēnešiem.",
                "Tiesvedība par līgumsodu ilga ilgāk nekā pats līgums.",
            ],
            "",
            "Ietekme netika aprēķināta: iepirktās mēbeles neatbilda prasībām.",
            [
                "Prasiet pierādījumus, ko var pārbaudīt: ekomarķējuma licenci vai neatkarīgas "
                "laboratorijas testēšanas pārskatu.",
                "Paraugu pārbaudi pirms līguma noslēgšanas iekļaujiet iepirkuma procedūras "
                "dokumentos.",
                "Viens piedāvājums ir signāls, ka tirgus prasības nav sapratis: runājiet ar "
                "piegādātājiem pirms izsludināšanas.",
            ],
        ),
        en=(
            "Furniture for Liepāja kindergartens: an ecolabel requirement nobody checked",
            "The municipality asked for furniture with the EU Ecolabel or equivalent "
            "properties but accepted the supplier's declaration without test reports. After "
            "delivery the rooms smelt, and measurements showed formaldehyde emissions above "
            "the limit.",
            "Technical specification: low-formaldehyde wood panels (E1), water-based coatings; "
            "the manufacturer's declaration was accepted as proof.",
            "No market research was done; the tender received one offer.",
            [
                "In two groups the furniture had to be removed and replaced; the supplier did "
                "it only after four months.",
                "The dispute over contractual penalties lasted longer than the contract itself.",
            ],
            "",
            "No impact was calculated: the furniture bought did not meet the requirements.",
            [
                "Ask for evidence you can check: an ecolabel licence or an independent "
                "laboratory's test report.",
                "Put a check of samples before the contract is signed into the procurement "
                "documents.",
                "A single offer is a sign the market does not understand the requirements: "
                "talk to suppliers before publishing.",
            ],
        ),
    ),
    case(
        8, "lv", "office-buildings", "lv-municipality-3",
        "LV", "Ventspils", P.OPEN, 2020, value=3_800_000,
        co2=62, mwh=310, lcc=720_000, tags=("nearly zero-energy", "design and build"),
        lv=(
            "Gandrīz nulles enerģijas bērnudārzs Ventspilī",
            "Ventspils novada pašvaldība iepirka 2400 m² bērnudārza projektēšanu un būvniecību "
            "ar gandrīz nulles enerģijas ēkas prasībām, siltumsūkni un saules paneļiem uz "
            "jumta.",
            "Aprēķinātais primārās enerģijas patēriņš ne vairāk kā 60 kWh/m² gadā, gaisa "
            "caurlaidības tests pirms nodošanas, mehāniskā ventilācija ar siltuma atgūšanu, "
            "ilgtspējīgi sertificēta koksne fasādei.",
            "Projektēšanas uzdevumu apsprieda ar Latvijas Būvinženieru savienību un diviem "
            "pasīvo ēku projektētājiem.",
            [
                "Pirmajā gadā izmērītais siltumenerģijas patēriņš bija 38 kWh/m².",
                "Saules paneļi saražo 28 % no ēkas elektroenerģijas gadā.",
            ],
            "Gaisa kvalitāte grupās: CO2 koncentrācija zem 1000 ppm",
            "Izmērītais patēriņš salīdzināts ar tipveida bērnudārzu, kas būvēts pēc "
            "minimālajām prasībām (pašvaldības 2016. gada ēka).",
            [
                "Gaisa caurlaidības testu rīkojiet divreiz: pirms iekšējās apdares un pirms "
                "nodošanas.",
                "Ēkas lietotāji jāapmāca ventilācijas vadībā, citādi logi ziemā ir vaļā.",
            ],
        ),
        en=(
            "A nearly zero-energy kindergarten in Ventspils",
            "Ventspils Municipality bought the design and construction of a 2,400 m² "
            "kindergarten to nearly zero-energy standards, with a heat pump and solar panels "
            "on the roof.",
            "Calculated primary energy use of no more than 60 kWh/m² a year, an airtightness "
            "test before handover, mechanical ventilation with heat recovery, sustainably "
            "certified timber for the facade.",
            "The design brief was discussed with the Latvian Association of Civil Engineers "
            "and two passive-house designers.",
            [
                "Heat use measured in the first year was 38 kWh/m².",
                "The solar panels produce 28% of the building's electricity over a year.",
            ],
            "Air quality in the groups: CO2 below 1000 ppm",
            "Measured use compared with a standard kindergarten built to the minimum "
            "requirements (the municipality's 2016 building).",
            [
                "Test airtightness twice: before the interior finishing and before handover.",
                "The building's users need training on the ventilation controls, or windows "
                "stay open in winter.",
            ],
        ),
    ),
    case(
        9, "lv", "gardening-and-public-space-maintenance", "lv-municipality-4",
        "LV", "Daugavpils", P.OPEN, 2023, value=410_000,
        co2=14, mwh=None, lcc=None, tags=("pesticide-free", "biodiversity", "parks"),
        lv=(
            "Daugavpils parku kopšana bez ķīmiskajiem augu aizsardzības līdzekļiem",
            "Pašvaldība iepirka 120 ha parku un skvēru kopšanu bez herbicīdiem, ar retāku "
            "pļaušanu ziedošās pļavās un akumulatora instrumentiem dzīvojamos kvartālos.",
            "Aizliegti ķīmiskie augu aizsardzības līdzekļi; nezāles ietvēs likvidē mehāniski "
            "vai ar karstu ūdeni; 20 % zālienu pļauj divreiz sezonā; papildu punkti par "
            "elektriskajiem instrumentiem.",
            "Pašvaldība kopā ar Daugavpils Universitātes biologiem izvēlējās pļavu vietas un "
            "skaidroja pārmaiņas iedzīvotājiem.",
            [
                "Pļavu vietās divās sezonās saskaitīts divreiz vairāk apputeksnētāju sugu.",
                "Iedzīvotāju sūdzību skaits par nezālēm nepieauga, jo pļavas ir apzīmētas.",
            ],
            "Nav herbicīdu: 0 litru iepriekšējo 350 litru vietā gadā",
            "Degvielas patēriņš salīdzināts ar iepriekšējo līgumu; apputeksnētājus skaitīja "
            "universitātes studenti.",
            [
                "Pirms pirmās vasaras izskaidrojiet pārmaiņas iedzīvotājiem un uzstādiet "
                "informācijas zīmes.",
                "Karstā ūdens iekārta ir dārga, tāpēc ļaujiet kopīgi izmantot vienu iekārtu "
                "vairākās daļās.",
            ],
        ),
        en=(
            "Daugavpils parks maintained without chemical pesticides",
            "The city bought maintenance of 120 ha of parks and squares without herbicides, "
            "with less frequent mowing in flowering meadows and battery tools in residential "
            "areas.",
            "Chemical pesticides are banned; weeds on pavements are removed mechanically or "
            "with hot water; 20% of the lawns are mown twice a season; extra points for "
            "electric tools.",
            "With biologists from Daugavpils University, the city chose where the meadows "
            "would be and explained the change to residents.",
            [
                "Twice as many pollinator species were counted in the meadows over two seasons.",
                "Complaints about weeds did not rise, because the meadows are signposted.",
            ],
            "No herbicides: 0 litres a year instead of 350",
            "Fuel use compared with the previous contract; pollinators counted by university "
            "students.",
            [
                "Explain the change to residents before the first summer and put up signs.",
                "A hot-water weeding machine is expensive, so let one machine be shared across "
                "several lots.",
            ],
        ),
    ),
    case(
        10, "lv", "textiles", "lv-municipality-5",
        "LV", "Tukums", P.BELOW_THRESHOLD, 2024, value=48_000,
        co2=6, mwh=None, lcc=9000, tags=("workwear", "take-back"),
        lv=(
            "Darba apģērbs ar pārstrādātām šķiedrām Tukuma komunālajam dienestam",
            "Tukuma novada pašvaldība iepirka darba apģērbu 140 darbiniekiem: audumos vismaz "
            "30 % pārstrādāta poliestera, kaitīgo vielu pārbaude un nolietotā apģērba "
            "savākšana pārstrādei.",
            "OEKO-TEX STANDARD 100 vai līdzvērtīgs sertifikāts, vismaz 50 mazgāšanas ciklu "
            "izturība, piegādātājs bez maksas pieņem nolietoto apģērbu.",
            "Pirms iepirkuma darbinieki divas nedēļas valkāja trīs piegādātāju paraugus un "
            "novērtēja to ērtumu.",
            [
                "Pirmajā gadā piegādātājam nodoti pārstrādei 420 kg nolietota apģērba.",
                "Apģērbs jānomaina retāk: pēc 18 mēnešiem, nevis 12.",
            ],
            "",
            "Pēc piegādātāja aprites cikla datiem par audumu ražošanu un pārstrādē nodoto "
            "apģērba masu.",
            [
                "Izmēri un valkāšanas izmēģinājums ir tikpat svarīgi kā šķiedras sastāvs.",
                "Nolietotā apģērba savākšanai norādiet vietu un biežumu līgumā.",
            ],
        ),
        en=(
            "Workwear with recycled fibres for Tukums utility staff",
            "Tukums Municipality bought workwear for 140 staff: fabrics with at least 30% "
            "recycled polyester, tested for harmful substances, and old workwear collected for "
            "recycling.",
            "OEKO-TEX STANDARD 100 or an equivalent certificate, durability of at least 50 "
            "wash cycles, the supplier takes back worn workwear free of charge.",
            "Before the tender, staff wore samples from three suppliers for two weeks and "
            "rated how comfortable they were.",
            [
                "In the first year 420 kg of worn workwear went back to the supplier for "
                "recycling.",
                "Workwear is replaced less often: after 18 months instead of 12.",
            ],
            "",
            "From the supplier's life-cycle data on fabric production and the weight of "
            "workwear sent for recycling.",
            [
                "Sizes and a wearing trial matter as much as the fibre.",
                "Say in the contract where and how often worn workwear is collected.",
            ],
        ),
    ),
    case(
        11, "lv", "road-lighting-and-traffic-signals", None,
        "LV", "Rīga", P.OPEN, 2019, value=2_200_000,
        co2=48, mwh=440, lcc=1_100_000, tags=("LED", "traffic signals"),
        lv=(
            "Rīgas luksoforu pāreja uz LED signāliem ar rezerves barošanu",
            "Rīgas pilsēta nomainīja kvēlspuldžu un halogēna signālus 160 krustojumos pret LED "
            "signāliem un pievienoja akumulatoru rezervi, lai luksofori strādātu arī "
            "elektroapgādes traucējumu laikā.",
            "LED signālu jauda ne vairāk kā 10 W, spilgtums atbilstoši standartam EN 12368, 10 "
            "gadu garantija, akumulatoru rezerve vismaz divām stundām.",
            "Iepirkumu sadalīja trīs daļās pa pilsētas priekšpilsētām, lai darbus varētu veikt "
            "vairāki uzņēmumi vienlaikus.",
            [
                "Luksoforu elektroenerģijas patēriņš samazinājās par 80 %.",
                "Spuldžu maiņa vairs nav vajadzīga, tāpēc apkopes braucienu skaits samazinājās "
                "četras reizes.",
            ],
            "",
            "Iepriekšējā jauda (vidēji 70 W uz signālu) salīdzināta ar LED jaudu, darbības "
            "stundas no luksoforu vadības sistēmas.",
            [
                "Akumulatoru rezerve izrādījās tikpat vērtīga kā enerģijas ietaupījums: tā "
                "uzlabo drošību vētru laikā.",
                "Vecās signālierīces piegādātājam jāpārstrādā, un tas jāparedz līgumā.",
            ],
        ),
        en=(
            "Riga's traffic lights switched to LED with uninterruptible power",
            "The City of Riga replaced incandescent and halogen signals at 160 junctions with "
            "LED signals and added battery backup, so traffic lights keep working during power "
            "cuts.",
            "LED signals of no more than 10 W, brightness to standard EN 12368, a 10-year "
            "warranty, battery backup for at least two hours.",
            "The tender was split into three lots by district so that several companies could "
            "work at the same time.",
            [
                "Electricity use of the traffic lights fell by 80%.",
                "Lamps no longer need replacing, so maintenance trips fell fourfold.",
            ],
            "",
            "Former power (70 W per signal on average) compared with the LED power, operating "
            "hours from the traffic control system.",
            [
                "The battery backup proved as valuable as the energy saving: it makes "
                "junctions safer during storms.",
                "The supplier must recycle the old signal heads, and the contract has to say "
                "so.",
            ],
        ),
    ),
]  # fmt: skip
