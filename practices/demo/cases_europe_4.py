"""Procurements across Europe (35-40), written in English and translated into Latvian."""

from .records import P, case

CASES = [
    case(
        35, "en", "furniture", None,
        "NL", "The Hague", P.FRAMEWORK, 2018, value=25_000_000,
        co2=1100, mwh=None, lcc=3_000_000, tags=("circular", "refurbished", "reuse"),
        criteria=4,
        en=(
            "Circular office furniture for Dutch central government",
            "The Dutch central government's framework for office furniture puts reuse first: "
            "existing furniture is refurbished or remanufactured, and new furniture is bought "
            "only when that is not possible, with a take-back commitment.",
            "A furniture inventory before every order; refurbished or remanufactured furniture "
            "first; new furniture made for disassembly, with a take-back and reuse plan; "
            "reporting on the reused share.",
            "A market consultation with manufacturers and refurbishers showed that both could "
            "work within one framework, with refurbishers as subcontractors.",
            [
                "78% of furniture in offices moved or renovated under the framework was reused "
                "or refurbished.",
                "Refurbished furniture cost about half as much as new.",
            ],
            "78% of furniture reused or refurbished",
            "Weight of furniture reused or refurbished from suppliers' reports, with emission "
            "factors for new furniture production.",
            [
                "Start with an inventory: you cannot reuse what you do not know you have.",
                "Refurbishers and manufacturers can be partners, not rivals, when the "
                "framework rewards reuse.",
            ],
        ),
        lv=(
            "Aprites ekonomikas biroja mēbeles Nīderlandes valsts pārvaldei",
            "Nīderlandes valsts pārvaldes vispārīgajā vienošanās par biroja mēbelēm pirmajā "
            "vietā ir atkārtota izmantošana: esošās mēbeles atjauno vai pārstrādā, un jaunas "
            "pērk tikai tad, ja tas nav iespējams, ar apņemšanos tās pieņemt atpakaļ.",
            "Pirms katra pasūtījuma mēbeļu inventarizācija; vispirms atjaunotas vai "
            "pārstrādātas mēbeles; jaunas mēbeles, ko var izjaukt, ar atpakaļpieņemšanas un "
            "atkārtotas izmantošanas plānu; atskaites par atkārtoti izmantoto daļu.",
            "Tirgus konsultācijā ar ražotājiem un atjaunotājiem izrādījās, ka abi var strādāt "
            "vienā vienošanās, atjaunotājiem darbojoties kā apakšuzņēmējiem.",
            [
                "No mēbelēm, kas vienošanās ietvaros pārvietotas vai atjaunotas birojos, 78 % "
                "izmantotas atkārtoti vai atjaunotas.",
                "Atjaunotas mēbeles maksāja aptuveni uz pusi mazāk nekā jaunas.",
            ],
            "78 % mēbeļu izmantotas atkārtoti vai atjaunotas",
            "Atkārtoti izmantoto vai atjaunoto mēbeļu svars no piegādātāju atskaitēm, ar jaunu "
            "mēbeļu ražošanas emisiju faktoriem.",
            [
                "Sāciet ar inventarizāciju: nevar atkārtoti izmantot to, par ko nezināt.",
                "Atjaunotāji un ražotāji var būt partneri, nevis konkurenti, ja vienošanās "
                "atalgo atkārtotu izmantošanu.",
            ],
        ),
    ),
    case(
        36, "en", "road-design-and-construction", None,
        "FI", "Helsinki", P.OPEN, 2022, value=18_000_000,
        co2=1400, mwh=None, lcc=None, tags=("low-carbon concrete", "EPD"),
        en=(
            "Carbon limits for concrete and steel in a Helsinki bridge",
            "The City of Helsinki set maximum carbon footprints for the concrete and "
            "reinforcing steel of a new tram and pedestrian bridge, checked with environmental "
            "product declarations.",
            "Concrete below a limit in kg CO2e per m³ for each strength class; reinforcing "
            "steel with a declared footprint below a limit; verified EPDs for every product; "
            "penalties for deliveries above the limits.",
            "The limit values were set after a dialogue with concrete plants and steel "
            "suppliers about what they could deliver in Finland.",
            [
                "The concrete's footprint was about 30% below standard mixes of the same "
                "strength.",
                "All deliveries came with EPDs; none exceeded the limits.",
            ],
            "",
            "Declared footprints of the delivered concrete and steel against generic values "
            "for standard products, for the quantities used.",
            [
                "Set the limits with the market: too strict and nobody bids, too loose and "
                "nothing changes.",
                "EPDs per delivery make the check simple for the site supervisor.",
            ],
        ),
        lv=(
            "Oglekļa pēdas robežvērtības betonam un tēraudam Helsinku tiltā",
            "Helsinku pilsēta jauna tramvaja un gājēju tilta betonam un stiegrojuma tēraudam "
            "noteica maksimālo oglekļa pēdu, ko pārbauda ar vides produktu deklarācijām.",
            "Betonam robežvērtība kg CO2e uz m³ katrai stiprības klasei; stiegrojuma tēraudam "
            "deklarētā pēda zem robežvērtības; verificētas vides produktu deklarācijas katram "
            "produktam; līgumsodi par piegādēm virs robežvērtībām.",
            "Robežvērtības noteica pēc dialoga ar betona rūpnīcām un tērauda piegādātājiem par "
            "to, ko tie Somijā spēj piegādāt.",
            [
                "Betona oglekļa pēda bija par aptuveni 30 % mazāka nekā tādas pašas stiprības "
                "parastiem maisījumiem.",
                "Visas piegādes bija ar vides produktu deklarācijām; neviena nepārsniedza "
                "robežvērtības.",
            ],
            "",
            "Piegādātā betona un tērauda deklarētās pēdas salīdzinātas ar parasto produktu "
            "vispārīgajām vērtībām izlietotajiem daudzumiem.",
            [
                "Robežvērtības nosakiet kopā ar tirgu: pārāk stingras, un neviens nepiedalās, "
                "pārāk vājas, un nekas nemainās.",
                "Vides produktu deklarācija katrai piegādei būvuzraugam pārbaudi padara "
                "vienkāršu.",
            ],
        ),
    ),
    case(
        37, "en", "paints-and-road-markings", None,
        "DE", "Munich", P.FRAMEWORK, 2021, value=1_400_000,
        co2=12, mwh=None, lcc=None, tags=("low-VOC paints", "schools", "ecolabel"),
        en=(
            "Low-emission paints for Munich's school and kindergarten refurbishments",
            "The City of Munich bought interior paints and varnishes for four years of school "
            "and kindergarten refurbishments, requiring ecolabel-level limits on solvents and "
            "preservatives.",
            "Products meeting the Blue Angel or EU Ecolabel criteria for indoor paints, or "
            "equivalent test reports; limits on volatile organic compounds; no isothiazolinone "
            "preservatives above the ecolabel limits; opacity and wet-scrub classes stated.",
            "Painting contractors were asked which ecolabelled products they already used and "
            "how they covered, so that the performance classes matched real work.",
            [
                "Rooms can be used again the day after painting instead of after a week of "
                "airing.",
                "Painters report fewer headaches and no loss of quality.",
            ],
            "Classrooms back in use a day after painting",
            "Solvent content of the products bought, compared with the previous framework, "
            "from the suppliers' technical data sheets.",
            [
                "State opacity and wet-scrub classes next to the ecolabel: it answers the "
                "painters' worry about quality.",
                "Ecolabelled paints cost a little more per litre, but no more per m² painted.",
            ],
        ),
        lv=(
            "Zemas emisijas krāsas Minhenes skolu un bērnudārzu remontiem",
            "Minhenes pilsēta četru gadu skolu un bērnudārzu remontiem iepirka iekšdarbu "
            "krāsas un lakas, prasot ekomarķējuma līmeņa ierobežojumus šķīdinātājiem un "
            "konservantiem.",
            "Produkti atbilst Zilā eņģeļa vai ES ekomarķējuma kritērijiem iekšdarbu krāsām, "
            "vai ir līdzvērtīgi testēšanas pārskati; gaistošo organisko savienojumu "
            "robežvērtības; izotiazolinona konservanti ne vairāk kā ekomarķējuma robežās; "
            "norādītas segspējas un mitrās berzes noturības klases.",
            "Krāsošanas uzņēmumiem jautāja, kurus ekomarķētus produktus tie jau izmanto un kā "
            "tie sedz, lai veiktspējas klases atbilstu reālam darbam.",
            [
                "Telpas var atkal izmantot nākamajā dienā pēc krāsošanas, nevis pēc nedēļas "
                "vēdināšanas.",
                "Krāsotāji ziņo par retākām galvassāpēm, un kvalitāte nav cietusi.",
            ],
            "Klases atkal lietojamas dienu pēc krāsošanas",
            "Iepirkto produktu šķīdinātāju saturs salīdzināts ar iepriekšējo vienošanos pēc "
            "piegādātāju tehnisko datu lapām.",
            [
                "Blakus ekomarķējumam norādiet segspējas un mitrās berzes klases: tas kliedē "
                "krāsotāju bažas par kvalitāti.",
                "Ekomarķētas krāsas litrs maksā nedaudz vairāk, bet nokrāsots m² nemaksā "
                "vairāk.",
            ],
        ),
    ),
    case(
        38, "en", "road-lighting-and-traffic-signals", None,
        "SI", "Ljubljana", P.OPEN, 2020, value=4_500_000,
        co2=710, mwh=3100, lcc=2_900_000, tags=("LED", "light pollution", "dimming"),
        criteria=3,
        en=(
            "Warm, shielded LED street lighting against light pollution in Ljubljana",
            "The City of Ljubljana replaced 9,800 street lights with fully shielded LED "
            "luminaires of warm colour temperature, dimmed after midnight, following "
            "Slovenia's law on light pollution.",
            "No light above the horizontal; colour temperature of 2700 K or less in "
            "residential streets and 2200 K near parks and the river; dimming by at least 30% "
            "after midnight; luminous efficacy and warranty scored.",
            "The city held a public presentation of sample luminaires on one street, where "
            "residents chose between colour temperatures.",
            [
                "Electricity for street lighting fell by about 60%.",
                "Residents preferred the warmer light in the trial street by a clear majority.",
            ],
            "Less sky glow over the city and the river banks",
            "Metered consumption of the lighting network before and after; Slovenian grid "
            "emission factor.",
            [
                "Warmer light costs a few percent of efficacy, which the dimming more than "
                "made up for.",
                "A trial street settles the debate about colour temperature better than a "
                "report.",
            ],
        ),
        lv=(
            "Silta, nosegta LED ielu gaisma pret gaismas piesārņojumu Ļubļanā",
            "Ļubļanas pilsēta nomainīja 9800 ielu apgaismojuma gaismekļus pret pilnībā "
            "nosegtiem siltas krāsu temperatūras LED gaismekļiem, ko pēc pusnakts aptumšo, "
            "ievērojot Slovēnijas likumu par gaismas piesārņojumu.",
            "Gaisma netiek izstarota virs horizontāles; krāsu temperatūra dzīvojamās ielās ne "
            "augstāka par 2700 K un pie parkiem un upes 2200 K; pēc pusnakts aptumšošana "
            "vismaz par 30 %; vērtēta gaismas atdeve un garantija.",
            "Pilsēta vienā ielā publiski demonstrēja gaismekļu paraugus, un iedzīvotāji "
            "izvēlējās krāsu temperatūru.",
            [
                "Ielu apgaismojuma elektroenerģijas patēriņš samazinājās par aptuveni 60 %.",
                "Izmēģinājuma ielā iedzīvotāji ar pārliecinošu vairākumu deva priekšroku "
                "siltākai gaismai.",
            ],
            "Mazāka debess blāzma virs pilsētas un upes krastiem",
            "Apgaismojuma tīkla uzskaitītais patēriņš pirms un pēc; Slovēnijas elektrotīkla "
            "emisijas faktors.",
            [
                "Siltāka gaisma nedaudz samazina gaismas atdevi, bet aptumšošana to vairāk "
                "nekā kompensēja.",
                "Izmēģinājuma iela strīdu par krāsu temperatūru atrisina labāk nekā ziņojums.",
            ],
        ),
    ),
    case(
        39, "en", "textiles", None,
        "FR", "Lyon", P.OPEN, 2022, value=8_800_000,
        co2=380, mwh=1900, lcc=600_000, tags=("linen service", "laundry", "durability"),
        en=(
            "Hospital linen as a service in Lyon: longer-lasting textiles and a greener laundry",
            "Lyon's university hospitals tendered linen rental and laundry for their sites, "
            "asking for durable textiles with ecolabels and a laundry that recycles water and "
            "heat.",
            "Polyester-cotton textiles with the EU Ecolabel or OEKO-TEX certification, rated "
            "for at least 150 washes; water and energy use per kg of linen scored; RFID tags "
            "to track every item; worn textiles recycled.",
            "Laundry operators presented their water and heat recovery systems at an open day "
            "before the notice, which set the scoring scale.",
            [
                "Water use per kg of linen fell by half.",
                "Linen losses fell sharply once every item carried an RFID tag.",
            ],
            "Water per kg of linen down from 12 to 6 litres",
            "The laundry's metered water and energy per kg of linen, against the previous "
            "contractor's reported figures.",
            [
                "Durability matters more than the fibre: a sheet that lasts 150 washes beats a "
                "greener one that lasts 80.",
                "Tracking tags pay for themselves in the items that no longer disappear.",
            ],
        ),
        lv=(
            "Slimnīcu veļa kā pakalpojums Lionā: izturīgāki tekstilizstrādājumi un zaļāka "
            "veļas mazgātava",
            "Lionas universitātes slimnīcas iepirka veļas nomu un mazgāšanu savām ēkām, prasot "
            "izturīgus ekomarķētus tekstilizstrādājumus un veļas mazgātavu, kas atkārtoti "
            "izmanto ūdeni un siltumu.",
            "Poliestera un kokvilnas tekstilizstrādājumi ar ES ekomarķējumu vai OEKO-TEX "
            "sertifikātu, kas iztur vismaz 150 mazgāšanas reizes; vērtēts ūdens un enerģijas "
            "patēriņš uz kg veļas; RFID birkas katras vienības uzskaitei; nolietotie "
            "tekstilizstrādājumi nodoti pārstrādei.",
            "Pirms paziņojuma publicēšanas veļas mazgātavu operatori atvērto durvju dienā "
            "prezentēja ūdens un siltuma atgūšanas sistēmas, un pēc tā noteica vērtēšanas "
            "skalu.",
            [
                "Ūdens patēriņš uz kg veļas samazinājās uz pusi.",
                "Kopš katrai vienībai ir RFID birka, veļas zudumi krasi samazinājās.",
            ],
            "Ūdens uz kg veļas: 6 litri iepriekšējo 12 vietā",
            "Veļas mazgātavas uzskaitītais ūdens un enerģijas patēriņš uz kg veļas, salīdzinot "
            "ar iepriekšējā uzņēmēja norādītajiem skaitļiem.",
            [
                "Izturība ir svarīgāka par šķiedru: palags, kas iztur 150 mazgāšanas reizes, "
                "ir labāks par zaļāku, kas iztur 80.",
                "Uzskaites birkas atmaksājas ar vienībām, kas vairs nepazūd.",
            ],
        ),
    ),
    case(
        40, "en", "electricity", None,
        "PL", "Kraków", P.NEGOTIATED, 2024, value=28_000_000,
        co2=15_000, mwh=None, lcc=2_400_000, tags=("power purchase agreement", "new capacity"),
        en=(
            "A ten-year power purchase agreement from a new solar farm for Kraków",
            "The City of Kraków signed a ten-year agreement to buy the output of a new 20 MWp "
            "solar farm for its buildings and street lighting, so that its demand brings new "
            "renewable capacity.",
            "Electricity from an installation built for the contract and connected within two "
            "years; guarantees of origin cancelled in the city's name; a fixed price indexed "
            "only to inflation; a profile that matches the city's daytime use.",
            "The city tested the idea with developers and lawyers for a year, because a public "
            "buyer signing a long-term agreement was new in Poland.",
            [
                "The solar farm was connected in 2026 and covers about a fifth of the city's "
                "electricity.",
                "The fixed price protected the budget when market prices rose.",
            ],
            "A new 20 MWp solar farm built for the contract",
            "Expected yield of the new farm times the Polish grid emission factor, which is "
            "high because of coal.",
            [
                "A long-term agreement with a new installation is what guarantees of origin "
                "alone cannot give: new capacity.",
                "Budget a year of legal and market preparation for the first agreement.",
            ],
        ),
        lv=(
            "Desmit gadu elektroenerģijas pirkuma līgums ar jaunu saules parku Krakovai",
            "Krakovas pilsēta noslēdza desmit gadu līgumu par jauna 20 MWp saules parka "
            "saražotās elektroenerģijas iegādi savām ēkām un ielu apgaismojumam, lai tās "
            "pieprasījums radītu jaunu atjaunīgās enerģijas jaudu.",
            "Elektroenerģija no iekārtas, kas uzbūvēta līgumam un pieslēgta divu gadu laikā; "
            "izcelsmes apliecinājumi dzēsti pilsētas vārdā; fiksēta cena, ko indeksē tikai pēc "
            "inflācijas; profils, kas atbilst pilsētas patēriņam dienā.",
            "Gadu pilsēta ideju pārbaudīja kopā ar attīstītājiem un juristiem, jo Polijā "
            "publisks pasūtītājs ar ilgtermiņa līgumu bija kaut kas jauns.",
            [
                "Saules parku pieslēdza 2026. gadā, un tas nodrošina aptuveni piekto daļu "
                "pilsētas elektroenerģijas.",
                "Fiksētā cena pasargāja budžetu, kad tirgus cenas pieauga.",
            ],
            "Jauns 20 MWp saules parks, kas uzbūvēts līgumam",
            "Jaunā parka paredzamā izstrāde reizināta ar Polijas elektrotīkla emisijas "
            "faktoru, kas ogļu dēļ ir augsts.",
            [
                "Ilgtermiņa līgums ar jaunu iekārtu dod to, ko izcelsmes apliecinājumi vien "
                "nedod: jaunu jaudu.",
                "Pirmajam līgumam paredziet gadu juridiskai un tirgus sagatavošanai.",
            ],
        ),
    ),
]  # fmt: skip
