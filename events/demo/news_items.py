# ruff: noqa: RUF001 - Latvian typography sets a dash as an en dash
"""The demo news, each written once in two languages: every text is a pair (English, Latvian).
``source`` is the language the item was written in; ``days`` counts back from the day the demo
is loaded; ``event`` is the slug of the related demo event; ``tags`` are in the source language
(tags are shared by an item and its translation); ``body`` is a list of paragraphs."""

MEMBERS_ONLY = (
    "The round table is for members of the working group.",
    "Diskusija paredzēta darba grupas dalībniekiem.",
)
RECORDED = (
    "The webinar is in English and is recorded.",
    "Vebinārs notiks angļu valodā, un tas tiks ierakstīts.",
)


def item(slug, source, days, title, summary, body, event=None, group=None, tags=()):
    return {"slug": slug, "source": source, "days": days, "title": title, "summary": summary,
            "body": body, "event": event, "group": group, "tags": list(tags)}  # fmt: skip


NEWS = [
    item("news-01", "lv", -1,
         ("Zemgale GPP working group invites you to a round table on street lighting",
          "Zemgales ZPI darba grupa aicina uz apaļā galda diskusiju par ielu apgaismojumu"),
         ("At its next meeting in Jelgava the working group discusses LED retrofits of street "
          "lighting and the joint procurement planned by the Zemgale procurement centre.",
          "Nākamajā tikšanās reizē Jelgavā darba grupa apspriedīs ielu apgaismojuma nomaiņu uz "
          "LED un Zemgales iepirkumu centra plānoto kopīgo iepirkumu."),
         [("Many Zemgale municipalities plan to renew their street lighting in the coming years. "
           "Bauska has already done it and will share its consumption figures from before and "
           "after the LED luminaires were installed.",
           "Daudzas Zemgales pašvaldības nākamajos gados plāno atjaunot ielu apgaismojumu. "
           "Bauska to jau ir izdarījusi un dalīsies ar patēriņa datiem pirms un pēc LED "
           "gaismekļu uzstādīšanas."),
          ("The round table is for members of the working group. If your municipality has not "
           "joined it yet, write to the Zemgale Regional Energy Agency.",
           "Diskusija paredzēta darba grupas dalībniekiem. Ja jūsu pašvaldība vēl nav "
           "pievienojusies darba grupai, rakstiet Zemgales reģionālajai enerģētikas aģentūrai.")],
         event="round-table-zemgale-next", group="zemgale",
         tags=["apaļais galds", "ielu apgaismojums"]),
    item("news-02", "lv", -2,
         ("Registration open: webinar on the new EU GPP criteria for food and catering",
          "Reģistrācija atvērta: vebinārs par jaunajiem ES ZPI kritērijiem pārtikai un "
          "ēdināšanai"),
         ("The Latvian GPP support unit invites you to an international webinar on the revised "
          "criteria for food, catering services and vending machines. Participation is free.",
          "Latvijas ZPI atbalsta struktūrvienība aicina uz starptautisku vebināru par "
          "pārskatītajiem kritērijiem pārtikai, ēdināšanas pakalpojumiem un tirdzniecības "
          "automātiem. Dalība ir bez maksas."),
         [("The webinar explains what changes in the revised EU GPP criteria, how to write the "
           "reduction of food waste into a catering contract and how to use the EU criteria "
           "together with the GPP requirements set in Latvia. Colleagues from Tuscany share "
           "their experience.",
           "Vebinārā skaidrosim, kas mainās pārskatītajos ES ZPI kritērijos, kā pārtikas "
           "atkritumu mazināšanu iekļaut ēdināšanas līgumā un kā ES kritērijus piemērot kopā ar "
           "Latvijā noteiktajām ZPI prasībām. Savā pieredzē dalīsies kolēģi no Toskānas."),
          ("The webinar is in English with simultaneous interpretation into Latvian. Registered "
           "participants receive the link to join.",
           "Vebinārs notiks angļu valodā ar sinhrono tulkojumu latviešu valodā. Pieslēgšanās "
           "saiti nosūtīsim reģistrētajiem dalībniekiem.")],
         event="event-02", tags=["vebinārs", "pārtika"]),
    item("news-03", "lv", -3,
         ("New supplier catalogue: offers that meet the GPP requirements in one place",
          "Jauns piegādātāju katalogs: ZPI prasībām atbilstoši piedāvājumi vienuviet"),
         ("Suppliers can now publish their products and services with evidence that they meet "
          "the GPP criteria, and buyers can search them by product group and region.",
          "Piegādātāji tagad var publicēt savus produktus un pakalpojumus ar pierādījumiem par "
          "atbilstību ZPI kritērijiem, bet pasūtītāji – meklēt tos pēc produktu grupas un "
          "reģiona."),
         [("For every offer the catalogue shows its product group, the criteria it meets and the "
           "evidence: ecolabels, test reports or the manufacturer's declarations. The GPP "
           "support units check the evidence before an offer is marked as verified.",
           "Katalogā katram piedāvājumam norādīta produktu grupa, kritēriji, kuriem tas atbilst, "
           "un pierādījumi: ekomarķējumi, testēšanas pārskati vai ražotāja apliecinājumi. ZPI "
           "atbalsta struktūrvienības pierādījumus pārbauda, pirms piedāvājums tiek atzīmēts kā "
           "pārbaudīts."),
          ("The catalogue does not replace a tender: it helps with market research and with "
           "preparing one-to-one meetings with suppliers.",
           "Katalogs neaizstāj iepirkuma procedūru: tas palīdz veikt tirgus izpēti un "
           "sagatavoties individuālām tikšanās reizēm ar piegādātājiem.")],
         tags=["piegādātāji"]),
    item("news-04", "lv", -4,
         ("Vidzeme GPP working group to discuss renewing the municipal vehicle fleet in Valmiera",
          "Vidzemes ZPI darba grupa Valmierā spriedīs par pašvaldību autoparka atjaunošanu"),
         ("The round table covers the requirements of the Clean Vehicles Directive, the "
          "experience of Cēsis with leased electric cars and a possible joint tender.",
          "Apaļā galda diskusijā runāsim par Tīro transportlīdzekļu direktīvas prasībām, Cēsu "
          "pieredzi ar elektroauto nomu un iespējamo kopīgo iepirkumu."),
         [("When municipalities buy or lease vehicles they must meet the minimum procurement "
           "targets set by the Clean Vehicles Directive. Valmiera municipality invites its "
           "colleagues to weigh up together whether to buy or to lease electric cars, and where "
           "to put the charging points.",
           "Pašvaldībām, iegādājoties vai nomājot transportlīdzekļus, jāievēro Tīro "
           "transportlīdzekļu direktīvā noteiktie minimālie iepirkuma mērķi. Valmieras novada "
           "pašvaldība aicina kolēģus kopīgi izvērtēt, vai elektroauto izdevīgāk pirkt vai "
           "nomāt un kur ierīkot uzlādes punktus."),
          ("Before the round table, please gather the figures of your municipality's fleet: the "
           "number of vehicles, their age and their yearly mileage.",
           "Lūdzam līdz diskusijai apkopot informāciju par savas pašvaldības autoparku: "
           "transportlīdzekļu skaitu, vecumu un gada nobraukumu.")],
         event="round-table-vidzeme-next", group="vidzeme", tags=["apaļais galds", "transports"]),
    item("news-05", "en", -5,
         ("Book a one-to-one meeting with furniture suppliers in Zagreb",
          "Piesakieties individuālām tikšanās reizēm ar mēbeļu piegādātājiem Zagrebā"),
         ("The Croatian GPP support unit offers ten 30-minute slots with manufacturers who "
          "refurbish, repair and take back office furniture.",
          "Horvātijas ZPI atbalsta struktūrvienība piedāvā desmit 30 minūšu tikšanās laikus ar "
          "ražotājiem, kuri atjauno, remontē un pieņem atpakaļ biroja mēbeles."),
         [("Buyers who will tender for office furniture in the coming year can meet "
           "manufacturers one to one and ask about refurbished desks and chairs, spare parts and "
           "take-back. The meetings are part of a market consultation: a summary of what was "
           "said goes to every supplier afterwards.",
           "Pasūtītāji, kas nākamajā gadā rīkos biroja mēbeļu iepirkumus, var individuāli "
           "tikties ar ražotājiem un uzzināt par atjaunotiem galdiem un krēsliem, rezerves "
           "daļām un mēbeļu pieņemšanu atpakaļ. Tikšanās ir daļa no tirgus izpētes: pēc tam to "
           "kopsavilkums tiks nosūtīts visiem piegādātājiem."),
          ("There are ten slots; when they are taken, you can join the waiting list.",
           "Pieejami desmit tikšanās laiki; kad tie būs aizņemti, varēsiet pieteikties "
           "gaidīšanas sarakstā.")],
         event="event-03", tags=["supplier meetings", "furniture"]),
    item("news-06", "en", -6,
         ("Varaždin hosts the next Northwest Croatia round table on public lighting",
          "Nākamā Ziemeļrietumu Horvātijas apaļā galda diskusija par publisko apgaismojumu "
          "notiks Varaždinā"),
         ("The towns of the region compare energy performance contracts with their own "
          "investment and look at the EU GPP criteria against light pollution.",
          "Reģiona pilsētas salīdzinās energoefektivitātes līgumus ar investīcijām no pašu "
          "līdzekļiem un aplūkos ES ZPI kritērijus gaismas piesārņojuma mazināšanai."),
         [("Varaždin, Čakovec and Koprivnica all plan to renew their public lighting within "
           "three years. The round table looks at whether a joint tender would bring better "
           "offers, and at Čakovec's experience with dimming the lights after midnight.",
           "Varaždina, Čakoveca un Koprivnica trīs gadu laikā plāno atjaunot publisko "
           "apgaismojumu. Apaļā galda diskusijā vērtēsim, vai kopīgs iepirkums nodrošinātu "
           "labākus piedāvājumus, un uzzināsim Čakovecas pieredzi ar apgaismojuma samazināšanu "
           "pēc pusnakts."),
          MEMBERS_ONLY],
         event="round-table-northwest-croatia-next", group="northwest-croatia",
         tags=["round table", "lighting"]),
    item("news-07", "en", -7,
         ("Zero-emission buses webinar: send your questions in advance",
          "Vebinārs par bezemisiju autobusiem: jautājumus var iesūtīt jau iepriekš"),
         ("Porto and Koprivnica answer questions on tenders, depots and grid connections. "
          "Registered participants can send their questions to the Portuguese GPP support unit "
          "beforehand.",
          "Porto un Koprivnicas pārstāvji atbildēs uz jautājumiem par iepirkumiem, depo un "
          "pieslēgumu elektrotīklam. Reģistrētie dalībnieki jautājumus Portugāles ZPI atbalsta "
          "struktūrvienībai var iesūtīt jau iepriekš."),
         [("Porto renewed its fleet with 48 electric buses in three tenders; Koprivnica bought "
           "its first five. Both explain what they asked manufacturers, how they scored energy "
           "consumption and what took longest: in both cities, the grid connection of the depot.",
           "Porto atjaunoja autoparku ar 48 elektroautobusiem trijos iepirkumos, Koprivnica "
           "iegādājās savus pirmos piecus. Abas pilsētas pastāstīs, ko jautāja ražotājiem, kā "
           "vērtēja enerģijas patēriņu un kas prasīja visvairāk laika: abos gadījumos tas bija "
           "depo pieslēgums elektrotīklam."),
          RECORDED],
         event="event-05", tags=["webinar", "buses"]),
    item("news-08", "en", -8,
         ("Tuscany working group turns to workwear and recycled textiles",
          "Toskānas darba grupa pievēršas darba apģērbam un pārstrādātiem "
          "tekstilizstrādājumiem"),
         ("The next round table in Florence looks at recycled fibres from the Prato district and "
          "at how workwear contracts can provide for the take-back of used garments.",
          "Nākamajā apaļā galda diskusijā Florencē runās par Prato rajona pārstrādātajām "
          "šķiedrām un par to, kā darba apģērba līgumos paredzēt nolietota apģērba pieņemšanu "
          "atpakaļ."),
         [("The municipalities and hospitals of Tuscany buy thousands of uniforms and sets of "
           "bed linen every year. The working group hears what Prato's textile recyclers can "
           "supply today and how Florence wrote the take-back of used workwear into its "
           "contract.",
           "Toskānas pašvaldības un slimnīcas katru gadu iegādājas tūkstošiem formas tērpu un "
           "gultas veļas komplektu. Darba grupa uzzinās, ko Prato tekstila pārstrādātāji var "
           "piegādāt jau šodien un kā Florence savā līgumā iekļāva nolietota darba apģērba "
           "pieņemšanu atpakaļ."),
          MEMBERS_ONLY],
         event="round-table-tuscany-next", group="tuscany", tags=["round table", "textiles"]),
    item("news-09", "lv", -9,
         ("Supplier day in Jelgava: ecolabelled cleaning products and cleaning services",
          "Piegādātāju diena Jelgavā: ekomarķēti tīrīšanas līdzekļi un uzkopšanas pakalpojumi"),
         ("The Zemgale Regional Energy Agency and the Zemgale procurement centre invite buyers "
          "and suppliers to meet before next year's cleaning tenders.",
          "Zemgales reģionālā enerģētikas aģentūra un Zemgales iepirkumu centrs aicina "
          "pasūtītājus un piegādātājus tikties pirms nākamā gada uzkopšanas iepirkumiem."),
         [("Suppliers present ecolabelled cleaning products, dosing systems and cleaning "
           "services, and buyers explain which GPP requirements they plan to put in their "
           "tenders. After the presentations there is time for one-to-one meetings by "
           "appointment.",
           "Piegādātāji prezentēs ekomarķētus tīrīšanas līdzekļus, dozēšanas sistēmas un "
           "uzkopšanas pakalpojumus, bet pasūtītāji pastāstīs, kādas ZPI prasības plāno iekļaut "
           "iepirkumos. Pēc prezentācijām būs iespēja individuāli tikties pēc iepriekšēja "
           "pieraksta."),
          ("Suppliers who want to present their offer are asked to register before the "
           "registration deadline.",
           "Piegādātājus, kuri vēlas prezentēt savu piedāvājumu, lūdzam reģistrēties līdz "
           "pieteikšanās termiņa beigām.")],
         event="event-06", group="zemgale", tags=["piegādātāju diena", "uzkopšana"]),
    item("news-10", "en", -10,
         ("How to talk to the market before a green tender: a webinar of the Greek GPP support "
          "unit", "Kā runāt ar tirgu pirms zaļā iepirkuma: Grieķijas ZPI atbalsta "
          "struktūrvienības vebinārs"),
         ("Preliminary market consultation is allowed and useful, if it is fair and documented. "
          "Buyers from Greece, Latvia and Spain share what they learned.",
          "Iepriekšēja apspriešanās ar tirgu ir atļauta un noderīga, ja tā notiek godīgi un tiek "
          "dokumentēta. Pieredzē dalīsies pasūtītāji no Grieķijas, Latvijas un Spānijas."),
         [("Many buyers avoid talking to suppliers before a tender for fear of a complaint. The "
           "webinar goes through what the procurement directive allows, how to keep a record of "
           "the consultation and how to share what was said with every supplier.",
           "Daudzi pasūtītāji pirms iepirkuma izvairās runāt ar piegādātājiem, baidoties no "
           "sūdzībām. Vebinārā skaidrosim, ko pieļauj iepirkumu direktīva, kā dokumentēt "
           "apspriešanos un kā ar tās saturu iepazīstināt visus piegādātājus."),
          ("Three real consultations are compared: laptops in Riga, school meals in Sevilla and "
           "cleaning services in Athens.",
           "Salīdzināsim trīs reālas tirgus apspriešanas: portatīvie datori Rīgā, skolu "
           "ēdināšana Seviljā un uzkopšanas pakalpojumi Atēnās.")],
         event="event-08", tags=["webinar", "market dialogue"]),
    item("news-11", "en", -11,
         ("Local farms meet school boards at the Córdoba supplier day",
          "Kordovas piegādātāju dienā vietējās saimniecības tiksies ar skolām"),
         ("Before the next framework agreement for school canteens, farmers' cooperatives and "
          "caterers meet the buyers in Córdoba.",
          "Pirms nākamās skolu ēdnīcu vispārīgās vienošanās lauksaimnieku kooperatīvi un "
          "ēdināšanas uzņēmumi Kordovā tiksies ar pasūtītājiem."),
         [("The Andalusian Regional Procurement Office presents the lots and criteria of the "
           "next framework agreement and explains how cooperatives of small producers can bid "
           "together or as subcontractors of caterers.",
           "Andalūzijas reģionālais iepirkumu birojs iepazīstinās ar nākamās vispārīgās "
           "vienošanās daļām un kritērijiem un izskaidros, kā mazo ražotāju kooperatīvi var "
           "iesniegt kopīgu piedāvājumu vai piedalīties kā ēdināšanas uzņēmumu apakšuzņēmēji."),
          ("Producers are welcome to bring samples for the tasting.",
           "Ražotāji aicināti ņemt līdzi produktu paraugus degustācijai.")],
         event="event-09", group="andalusia", tags=["supplier day", "food"]),
    item("news-12", "en", -13,
         ("Recording and answers: life-cycle costing in practice",
          "Ieraksts un atbildes: dzīves cikla izmaksas praksē"),
         ("More than 200 buyers joined the webinar of the Tuscan GPP support unit. The "
          "recording, the calculation sheets and the answers to all questions are online.",
          "Toskānas ZPI atbalsta struktūrvienības vebināram pieslēdzās vairāk nekā 200 "
          "pasūtītāju. Ieraksts, aprēķinu tabulas un atbildes uz visiem jautājumiem ir "
          "pieejamas tiešsaistē."),
         [("Florence compared computers and monitors over five years: once energy and "
           "replacements were counted, the cheapest offer turned out the most expensive. Jelgava "
           "did the same for LED street lighting over twenty years.",
           "Florence salīdzināja datoru un monitoru izmaksas piecu gadu periodā: pieskaitot "
           "enerģijas un nomaiņas izmaksas, lētākais piedāvājums izrādījās visdārgākais. Jelgava "
           "veica līdzīgu aprēķinu LED ielu apgaismojumam divdesmit gadu periodā."),
          ("Most questions were about the discount rate and about where to find reliable "
           "figures on a product's energy use.",
           "Visvairāk jautājumu bija par diskonta likmi un par to, kur atrast ticamus datus par "
           "produkta enerģijas patēriņu.")],
         event="event-01", tags=["webinar", "life-cycle costing"]),
    item("news-13", "en", -14,
         ("GPP Commons annual conference in Brussels: programme published",
          "Publicēta GPP Commons gada konferences programma"),
         ("Two days of case studies, workshops and the working groups' plans. Registration is "
          "open to everyone working on green public procurement.",
          "Divas dienas ar iepirkumu piemēriem, darbnīcām un darba grupu plāniem. Reģistrēties "
          "aicināti visi, kas strādā ar zaļo publisko iepirkumu."),
         [("The first day opens with the network's year in figures and continues with case "
           "studies from Porto, Koprivnica and Andalusia. In the afternoon, three parallel "
           "workshops cover life-cycle costing, market dialogue and contract monitoring.",
           "Pirmā diena sāksies ar tīkla gada rezultātiem skaitļos, un tai sekos iepirkumu "
           "piemēri no Porto, Koprivnicas un Andalūzijas. Pēcpusdienā notiks trīs paralēlas "
           "darbnīcas par dzīves cikla izmaksām, tirgus izpēti un līguma izpildes uzraudzību."),
          ("On the second day the regional working groups present their plans, followed by a "
           "panel on the revision of the EU GPP criteria.",
           "Otrajā dienā reģionālās darba grupas prezentēs savus plānus, un noslēgumā notiks "
           "paneļdiskusija par ES ZPI kritēriju pārskatīšanu.")],
         event="event-11", tags=["conference"]),
    item("news-14", "lv", -17,
         ("Zemgale working group: more seasonal products in school catering tenders",
          "Zemgales darba grupa: skolu ēdināšanas iepirkumos vairāk sezonālu produktu"),
         ("At the round table in Jelgava the municipalities agreed on a joint market consultation "
          "with caterers before the spring tenders.",
          "Apaļā galda diskusijā Jelgavā pašvaldības vienojās pirms pavasara iepirkumiem rīkot "
          "kopīgu tirgus izpēti, iesaistot ēdināšanas uzņēmumus."),
         [("Jelgava shared its school catering tender, which gives 30% of the score to seasonal "
           "and organic products. The smaller municipalities said they receive few offers and "
           "will consider lots by school and by product group in their next tenders.",
           "Jelgavas valstspilsētas pašvaldība dalījās pieredzē ar skolu ēdināšanas iepirkumu, "
           "kurā 30 % no vērtējuma piešķirti par sezonāliem un bioloģiskiem produktiem. "
           "Mazākās pašvaldības atzina, ka saņem maz piedāvājumu, tāpēc nākamajos iepirkumos "
           "apsvērs sadalījumu daļās pa skolām un produktu grupām."),
          ("The Zemgale Regional Energy Agency drafts a checklist for checking that the GPP "
           "requirements are met during the contract. The minutes are available to members of "
           "the working group.",
           "Zemgales reģionālā enerģētikas aģentūra sagatavos kontroles lapu, ar kuras palīdzību "
           "pārbaudīt, vai līguma izpildes laikā tiek ievērotas ZPI prasības. Diskusijas "
           "protokols pieejams darba grupas dalībniekiem.")],
         event="round-table-zemgale-past", group="zemgale", tags=["apaļais galds", "pārtika"]),
    item("news-15", "lv", -19,
         ("Baltic green public procurement forum in Riga: registration open",
          "Baltijas zaļā publiskā iepirkuma forums Rīgā: sākta reģistrācija"),
         ("Buyers from Estonia, Latvia and Lithuania meet in Riga to compare their GPP "
          "monitoring results and their experience with joint procurement.",
          "Igaunijas, Latvijas un Lietuvas pasūtītāji pulcēsies Rīgā, lai salīdzinātu ZPI "
          "uzraudzības rezultātus un pieredzi kopīgajos iepirkumos."),
         [("At the forum the Procurement Monitoring Bureau and colleagues from the neighbouring "
           "countries present the latest GPP monitoring figures, and the Tartu Regional Energy "
           "Agency tells how the county's municipalities bought green electricity together.",
           "Forumā Iepirkumu uzraudzības birojs un kaimiņvalstu kolēģi iepazīstinās ar "
           "jaunākajiem ZPI uzraudzības datiem, bet Tartu reģionālā enerģētikas aģentūra "
           "pastāstīs par apriņķa pašvaldību kopīgo zaļās elektroenerģijas iepirkumu."),
          ("In the afternoon there are workshops on construction works, electricity and food. "
           "The forum is held in English.",
           "Pēcpusdienā notiks darbnīcas par būvdarbiem, elektroenerģiju un pārtiku. Forums "
           "notiks angļu valodā.")],
         event="event-12", tags=["konference"]),
    item("news-16", "lv", -21,
         ("Training on joint procurement for municipalities in Tukums",
          "Mācības pašvaldībām par kopīgo iepirkumu Tukumā"),
         ("The Procurement Monitoring Bureau and the Zemgale procurement centre explain how "
          "municipalities agree on a joint tender and share the responsibility.",
          "Iepirkumu uzraudzības birojs un Zemgales iepirkumu centrs skaidros, kā pašvaldībām "
          "vienoties par kopīgu iepirkumu un sadalīt atbildību."),
         [("Joint procurement brings small municipalities better offers and makes the GPP "
           "requirements easier to apply, but it needs a carefully prepared agreement. The "
           "training goes through a model agreement, the most common mistakes and the joint "
           "electricity tender of the Zemgale municipalities.",
           "Kopīgs iepirkums ļauj mazām pašvaldībām saņemt labākus piedāvājumus un vieglāk "
           "piemērot ZPI prasības, taču tam nepieciešama rūpīgi sagatavota vienošanās. Mācībās "
           "aplūkosim vienošanās paraugu, biežākās kļūdas un Zemgales pašvaldību kopīgā "
           "elektroenerģijas iepirkuma pieredzi."),
          ("Places are limited to 30 participants.",
           "Vietu skaits ir ierobežots: 30 dalībnieki.")],
         event="event-14", tags=["mācības", "kopīgais iepirkums"]),
    item("news-17", "en", -23,
         ("Green electricity tenders: a webinar of the Andalusian GPP support unit",
          "Zaļās elektroenerģijas iepirkumi: Andalūzijas ZPI atbalsta struktūrvienības "
          "vebinārs"),
         ("What a guarantee of origin proves, what additionality means for a buyer, and how "
          "Andalusia bought green electricity for 120 buildings in one tender.",
          "Ko pierāda izcelsmes apliecinājums, ko pasūtītājam nozīmē papildināmība un kā "
          "Andalūzija vienā iepirkumā iegādājās zaļo elektroenerģiju 120 ēkām."),
         [("Buying electricity with guarantees of origin is easy, but it does not always add new "
           "renewable capacity. The webinar compares the joint tender of the Andalusian public "
           "buildings with the power purchase agreement that Tartu signed with a new solar park.",
           "Iegādāties elektroenerģiju ar izcelsmes apliecinājumiem ir vienkārši, taču tas ne "
           "vienmēr veicina jaunu atjaunīgās enerģijas jaudu izbūvi. Vebinārā salīdzināsim "
           "Andalūzijas publisko ēku kopīgo iepirkumu ar elektroenerģijas pirkuma līgumu, ko "
           "Tartu noslēdza ar jaunu saules parku."),
          RECORDED],
         event="event-15", tags=["webinar", "electricity"]),
    item("news-18", "lv", -26,
         ("Vidzeme municipalities to write common requirements for cleaning services",
          "Vidzemes pašvaldības izstrādās kopīgas prasības telpu uzkopšanai"),
         ("At the round table in Cēsis the working group agreed on common technical "
          "specifications, so that suppliers meet the same requirements in every municipality.",
          "Apaļā galda diskusijā Cēsīs darba grupa vienojās par kopīgu tehnisko specifikāciju, "
          "lai piegādātājiem visās pašvaldībās būtu vienādas prasības."),
         [("Valmiera municipality reported that after switching to ecolabelled products and "
           "dosing systems it uses a third less detergent. The participants agreed that training "
           "is the biggest challenge, because cleaning staff change often.",
           "Valmieras novada pašvaldība pastāstīja, ka pēc pārejas uz ekomarķētiem līdzekļiem "
           "un dozēšanas sistēmām mazgāšanas līdzekļu patēriņš samazinājies par trešdaļu. "
           "Dalībnieki atzina, ka lielākais izaicinājums ir darbinieku apmācība, jo uzkopšanas "
           "personāls bieži mainās."),
          ("The Vidzeme Planning Region sends the draft of the common technical specifications "
           "to the members of the working group before their next meeting.",
           "Vidzemes plānošanas reģions kopīgās tehniskās specifikācijas projektu izsūtīs darba "
           "grupas dalībniekiem pirms nākamās tikšanās.")],
         event="round-table-vidzeme-past", group="vidzeme", tags=["apaļais galds", "uzkopšana"]),
    item("news-19", "en", -30,
         ("New EU GPP criteria for food, catering services and vending machines",
          "Jauni ES ZPI kritēriji pārtikai, ēdināšanas pakalpojumiem un tirdzniecības "
          "automātiem"),
         ("The revised criteria put more weight on organic products, less food waste and "
          "seasonal menus. The knowledge base has both the core and the comprehensive criteria.",
          "Pārskatītajos kritērijos lielāka uzmanība pievērsta bioloģiskajiem produktiem, "
          "pārtikas atkritumu mazināšanai un sezonālām ēdienkartēm. Zināšanu bāzē pieejami gan "
          "pamata, gan visaptverošie kritēriji."),
         [("The criteria cover food procurement, catering services and vending machines. New "
           "are, among others, criteria on preventing and measuring food waste, on plant-based "
           "menus and on the packaging of food in vending machines.",
           "Kritēriji attiecas uz pārtikas iepirkumu, ēdināšanas pakalpojumiem un tirdzniecības "
           "automātiem. Jauni ir, piemēram, kritēriji par pārtikas atkritumu novēršanu un "
           "uzskaiti, augu valsts ēdienkartēm un pārtikas iepakojumu tirdzniecības automātos."),
          ("The GPP support units explain the changes in a series of webinars, starting with "
           "the Latvian support unit.",
           "ZPI atbalsta struktūrvienības izmaiņas skaidros vebināru ciklā; pirmo vebināru "
           "rīkos Latvijas ZPI atbalsta struktūrvienība.")],
         event="event-02", tags=["criteria", "food"]),
    item("news-20", "en", -35,
         ("Electric buses in Koprivnica: lessons from the first year",
          "Elektroautobusi Koprivnicā: pirmā gada mācības"),
         ("The Northwest Croatia working group looked back at a year of operation: 96% "
          "availability, and a battery warranty that decided the life-cycle cost.",
          "Ziemeļrietumu Horvātijas darba grupa izvērtēja pirmo ekspluatācijas gadu: autobusi "
          "bija pieejami 96 % laika, bet dzīves cikla izmaksu ziņā izšķiroša bija akumulatoru "
          "garantija."),
         [("Koprivnica scored the energy consumption measured on its own city route, not the "
           "manufacturer's figures, and gave it 40% of the score. In the first year the "
           "failures came from the chargers rather than from the buses.",
           "Koprivnica vērtēja enerģijas patēriņu, kas izmērīts pilsētas maršrutā, nevis "
           "ražotāja norādītos datus, un piešķīra tam 40 % no vērtējuma. Pirmajā gadā bojājumi "
           "radās uzlādes iekārtām, nevis autobusiem."),
          ("Koprivnica publishes its tender documents in the knowledge base, and the energy "
           "agency prepares a life-cycle cost model for the next tenders in Varaždin and "
           "Čakovec.",
           "Koprivnica publicēs iepirkuma dokumentāciju zināšanu bāzē, un enerģētikas aģentūra "
           "sagatavos dzīves cikla izmaksu modeli Varaždinas un Čakovecas nākamajiem "
           "iepirkumiem.")],
         event="round-table-northwest-croatia-past", group="northwest-croatia",
         tags=["round table", "buses"]),
    item("news-21", "en", -40,
         ("Study visit: how Sevilla's schools buy organic and seasonal food",
          "Pieredzes apmaiņas vizīte: kā Seviljas skolas iepērk bioloģisku un sezonālu pārtiku"),
         ("After the Andalusia round table, buyers of the working group visited two school "
          "kitchens in Sevilla where a quarter of the products are organic.",
          "Pēc Andalūzijas apaļā galda diskusijas darba grupas dalībnieki apmeklēja divas "
          "Seviljas skolu virtuves, kurās ceturtā daļa produktu ir bioloģiski."),
         [("The cooks showed how they plan seasonal menus under the regional framework agreement "
           "and how deliveries from small farms are organised. The visitors were most "
           "interested in how food waste is weighed and reported every week.",
           "Pavāri parādīja, kā, izmantojot reģionālo vispārīgo vienošanos, plāno sezonālas "
           "ēdienkartes un kā tiek organizētas piegādes no mazajām saimniecībām. Viesus "
           "visvairāk interesēja, kā katru nedēļu tiek svērti un uzskaitīti pārtikas atkritumi."),
          ("The next supplier day with farmers and caterers takes place in Córdoba.",
           "Nākamā piegādātāju diena ar lauksaimniekiem un ēdināšanas uzņēmumiem notiks "
           "Kordovā.")],
         event="round-table-andalusia-past", group="andalusia", tags=["study visit", "food"]),
    item("news-22", "lv", -45,
         ("25 procurement officers complete the GPP basics training",
          "ZPI pamatu mācības pabeiguši 25 iepirkumu speciālisti"),
         ("At the training in Riga, participants from 19 institutions learned how to put GPP "
          "requirements into tender documents and how to check the evidence suppliers submit.",
          "Rīgā notikušajās mācībās dalībnieki no 19 iestādēm apguva, kā ZPI prasības iekļaut "
          "iepirkuma dokumentācijā un kā pārbaudīt piegādātāju iesniegtos pierādījumus."),
         [("The most popular part was the exercise, in which participants prepared a cleaning "
           "services tender with GPP requirements step by step. Many questions were about which "
           "evidence to accept when a supplier has no ecolabel.",
           "Vislielāko interesi izraisīja praktiskais uzdevums, kurā dalībnieki soli pa solim "
           "sagatavoja uzkopšanas pakalpojumu iepirkumu ar ZPI prasībām. Daudz jautājumu bija "
           "par to, kādus pierādījumus pieņemt, ja piegādātājam nav ekomarķējuma."),
          ("The slides and the model answer to the exercise have been sent to the participants. "
           "The next training will be announced in the news.",
           "Prezentācijas un uzdevuma paraugrisinājums nosūtīti dalībniekiem. Par nākamajām "
           "mācībām paziņosim jaunumos.")],
         event="event-04", tags=["mācības"]),
    item("news-23", "en", -52,
         ("Attica municipalities prepare a joint tender for computers with longer warranties",
          "Atikas pašvaldības gatavo kopīgu datoru iepirkumu ar ilgāku garantiju"),
         ("Piraeus leads a joint tender for about 1,500 computers with a five-year warranty and "
          "spare parts for seven years.",
          "Pireja vadīs kopīgu iepirkumu aptuveni 1500 datoru iegādei ar piecu gadu garantiju "
          "un rezerves daļām septiņus gadus."),
         [("At the round table in Athens the municipalities found that they replace computers "
           "after three or four years, often while they still work. Several manufacturers offer "
           "longer warranties at little extra cost.",
           "Apaļā galda diskusijā Atēnās pašvaldības secināja, ka datorus nomaina pēc trim "
           "četriem gadiem, bieži vien tad, kad tie vēl darbojas. Vairāki ražotāji ilgāku "
           "garantiju piedāvā par nelielu papildu samaksu."),
          ("Schools may also receive refurbished laptops, provided that the data erasure is "
           "certified.",
           "Skolām varētu iegādāties arī atjaunotus portatīvos datorus, ja datu dzēšana ir "
           "sertificēta.")],
         event="round-table-attica-past", group="attica", tags=["round table", "computers"]),
    item("news-24", "lv", -60,
         ("Study visit: Zemgale municipalities learn from green procurement in Tartu",
          "Pieredzes apmaiņas brauciens: Zemgales pašvaldības iepazīst Tartu zaļos iepirkumus"),
         ("Members of the Zemgale GPP working group spent two days in Tartu looking at a joint "
          "electricity tender, energy-efficient schools and the city's bike-sharing system.",
          "Zemgales ZPI darba grupas dalībnieki divas dienas Tartu iepazinās ar kopīgo "
          "elektroenerģijas iepirkumu, energoefektīvām skolām un pilsētas velonomas sistēmu."),
         [("The Tartu Regional Energy Agency explained how the county's municipalities agreed on "
           "a joint tender for green electricity and how they shared the responsibility. The "
           "group also visited a renovated school whose heat consumption has fallen by more "
           "than half.",
           "Tartu reģionālā enerģētikas aģentūra pastāstīja, kā apriņķa pašvaldības vienojās "
           "par kopīgu zaļās elektroenerģijas iepirkumu un kā sadalīja atbildību. Dalībnieki "
           "apmeklēja arī renovētu skolu, kurā siltumenerģijas patēriņš samazinājies vairāk "
           "nekā uz pusi."),
          ("What the group learned will be used in preparing the joint tender of the Zemgale "
           "municipalities.",
           "Brauciena laikā gūtā pieredze tiks izmantota, gatavojot Zemgales pašvaldību kopīgo "
           "iepirkumu.")],
         group="zemgale", tags=["pieredzes apmaiņa"]),
    item("news-25", "en", -65,
         ("Three new municipalities join the Northwest Croatia GPP working group",
          "Ziemeļrietumu Horvātijas ZPI darba grupai pievienojas trīs jaunas pašvaldības"),
         ("Bjelovar, Križevci and Ludbreg join the working group, which now brings together "
          "eleven municipalities and the regional energy agencies.",
          "Darba grupai pievienojušās Bjelovara, Križevci un Ludbrega; tagad tajā darbojas "
          "vienpadsmit pašvaldības un reģionālās enerģētikas aģentūras."),
         [("The new members bring their tenders for school meals, public lighting and the "
           "renovation of public buildings to the group. Their procurement officers take part "
           "in the round tables and can read the group's minutes and documents.",
           "Jaunie dalībnieki darba grupā ienesīs savu skolu ēdināšanas, publiskā apgaismojuma "
           "un publisko ēku atjaunošanas iepirkumu pieredzi. Viņu iepirkumu speciālisti "
           "piedalīsies apaļā galda diskusijās un varēs lasīt darba grupas protokolus un "
           "dokumentus."),
          ("Municipalities of the region that want to join can write to the Croatian GPP "
           "support unit.",
           "Reģiona pašvaldības, kas vēlas pievienoties, aicinām rakstīt Horvātijas ZPI "
           "atbalsta struktūrvienībai.")],
         group="northwest-croatia", tags=["network"]),
    item("news-26", "en", -78,
         ("CO2 award criteria: training materials and scoring examples",
          "Vērtēšanas kritēriji par CO2 emisijām: mācību materiāli un punktu aprēķina piemēri"),
         ("The scoring examples from the Sevilla training are now in the knowledge base, with a "
          "model road works tender that gives points for lower emissions.",
          "Seviljā notikušo mācību punktu aprēķina piemēri tagad pieejami zināšanu bāzē kopā ar "
          "ceļu būvdarbu iepirkuma paraugu, kurā punktus piešķir par mazākām emisijām."),
         [("Twenty buyers from fourteen Andalusian contracting authorities practised weighting "
           "and scoring CO2 criteria. The main lesson: a criterion must be linked to the works "
           "being bought, not to the company's overall footprint.",
           "Divdesmit iepirkumu speciālisti no četrpadsmit Andalūzijas pasūtītāju iestādēm "
           "praktiski apguva, kā noteikt CO2 kritēriju svaru un piešķirt punktus. Galvenā "
           "atziņa: kritērijam jābūt saistītam ar iepērkamajiem būvdarbiem, nevis ar uzņēmuma "
           "kopējo oglekļa pēdu."),
          ("The examples are in Spanish and English.",
           "Piemēri pieejami spāņu un angļu valodā.")],
         event="event-07", group="andalusia", tags=["training", "CO2"]),
    item("news-27", "lv", -90,
         ("The life-cycle costing tool is now available in Latvian",
          "Dzīves cikla izmaksu aprēķina rīks tagad pieejams latviešu valodā"),
         ("The Latvian GPP support unit has prepared the EU life-cycle costing tool in Latvian, "
          "with examples for street lighting and computers.",
          "Latvijas ZPI atbalsta struktūrvienība sagatavojusi ES dzīves cikla izmaksu aprēķina "
          "rīku latviešu valodā ar piemēriem ielu apgaismojumam un datoriem."),
         [("The tool compares offers not only by purchase price but also by the costs of energy, "
           "maintenance and disposal over the whole life of the product. The Latvian version "
           "adds explanations of the discount rate and of electricity prices in Latvia.",
           "Rīks palīdz salīdzināt piedāvājumus ne tikai pēc pirkuma cenas, bet arī pēc "
           "enerģijas, apkopes un utilizācijas izmaksām visā produkta kalpošanas laikā. "
           "Latviešu versijā pievienoti skaidrojumi par diskonta likmi un elektroenerģijas "
           "cenām Latvijā."),
          ("If you have questions about using the tool, contact the Latvian GPP support unit.",
           "Ja rīka lietošanā rodas jautājumi, sazinieties ar Latvijas ZPI atbalsta "
           "struktūrvienību.")],
         tags=["dzīves cikla izmaksas"]),
    item("news-28", "lv", -110,
         ("Market dialogue on laptops: what manufacturers offer",
          "Tirgus izpēte par portatīvajiem datoriem: ko piedāvā ražotāji"),
         ("Four of the six manufacturers and distributors offer a five-year warranty, and all "
          "keep spare parts for at least five years.",
          "Četri no sešiem ražotājiem un izplatītājiem piedāvā piecu gadu garantiju, un visi "
          "nodrošina rezerves daļas vismaz piecus gadus."),
         [("31 buyers took part in the market dialogue in Riga. Three suppliers take old "
           "computers back with certified data erasure, while only a few manufacturers can show "
           "repairability scores so far.",
           "Tirgus izpētē Rīgā piedalījās 31 pasūtītāju pārstāvis. Trīs piegādātāji pieņem "
           "atpakaļ nolietotos datorus ar sertificētu datu dzēšanu, bet remontējamības "
           "rādītājus pagaidām var uzrādīt tikai daži ražotāji."),
          ("All questions and answers are published so that every supplier can read them and "
           "nobody gains an advantage.",
           "Visi jautājumi un atbildes ir publicēti, lai ar tiem varētu iepazīties visi "
           "piegādātāji un nevienam nerastos priekšrocības.")],
         event="event-10", tags=["tirgus izpēte", "datori"]),
    item("news-29", "en", -130,
         ("The network in numbers: what green tenders saved last year",
          "Tīkls skaitļos: ko zaļie iepirkumi ietaupīja pagājušajā gadā"),
         ("The case studies of the network's partners saved an estimated 14,000 tonnes of CO2 "
          "and 21 GWh of energy, most of it in street lighting and public transport.",
          "Tīkla partneru iepirkumu piemēros ietaupīts aptuveni 14 000 tonnu CO2 un 21 GWh "
          "enerģijas, lielākoties ielu apgaismojumā un sabiedriskajā transportā."),
         [("The figures add up the savings that buyers reported in their case studies, over the "
           "lifetime of each contract. They are estimates: each case study shows how its savings "
           "were calculated.",
           "Skaitļi apkopo pasūtītāju iepirkumu piemēros norādīto ietaupījumu visā katra līguma "
           "darbības laikā. Tās ir aplēses: katrā piemērā norādīts, kā ietaupījums aprēķināts."),
          ("Street lighting retrofits in Latvia, Croatia and Cyprus and electric buses in Porto "
           "and Koprivnica account for more than two thirds of the total.",
           "Vairāk nekā divas trešdaļas no kopējā ietaupījuma nodrošināja ielu apgaismojuma "
           "modernizācija Latvijā, Horvātijā un Kiprā, kā arī elektroautobusi Porto un "
           "Koprivnicā.")],
         tags=["network", "impact"]),
    item("news-30", "en", -145,
         ("Recording online: energy performance contracts for street lighting",
          "Pieejams ieraksts: energoefektivitātes līgumi ielu apgaismojumam"),
         ("140 participants from eleven countries joined the webinar of the Cypriot GPP support "
          "unit. The recording and the slides are online.",
          "Kipras ZPI atbalsta struktūrvienības vebināram pieslēdzās 140 dalībnieki no "
          "vienpadsmit valstīm. Ieraksts un prezentācijas pieejamas tiešsaistē."),
         [("Limassol put 9,000 street lights under one energy performance contract, paid from "
           "the savings over twelve years. The question asked most was who bears the risk when "
           "electricity prices change: in Limassol the savings are counted in kilowatt hours, "
           "not in euros.",
           "Limasola 9000 ielu gaismekļu modernizēja ar vienu energoefektivitātes līgumu, ko "
           "divpadsmit gadu laikā apmaksā no ietaupījuma. Visbiežāk jautāja, kurš uzņemas "
           "risku, ja mainās elektroenerģijas cenas: Limasolā ietaupījumu uzskaita "
           "kilovatstundās, nevis eiro."),
          ("Croatian towns preparing similar contracts will discuss them at the next Northwest "
           "Croatia round table.",
           "Horvātijas pilsētas, kas gatavo līdzīgus līgumus, tos apspriedīs nākamajā "
           "Ziemeļrietumu Horvātijas apaļā galda diskusijā.")],
         event="event-13", tags=["webinar", "lighting"]),
]  # fmt: skip
