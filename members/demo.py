"""Demo organisations of every kind in a few EU countries (Latvia first) and users with roles."""

from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from kb_site.demo_loader import DEMO_PASSWORD, DemoStep
from kb_site.taxonomy import ProductGroup

from . import meetings
from .models import (
    Evidence,
    MarketResearch,
    Membership,
    Organisation,
    SupplierMeeting,
    SupplierOffer,
    SupportUnit,
    User,
    WorkingGroup,
)
from .permissions import EDITORS_GROUP, MODERATORS_GROUP
from .services import (
    evidence_add,
    evidence_verify,
    market_research_record,
    member_profile_set,
    membership_set,
    offer_save,
    organisation_upsert,
    support_unit_upsert,
    working_group_member_set,
    working_group_upsert,
)

K = Organisation.Kind
# slug, name, kind, country, region, website, description by language. Organisations in Latvia
# wrote theirs in Latvian first; the others in English, with a Latvian translation.
ORGANISATIONS = [
    ("zrea", "Zemgales reģionālā enerģētikas aģentūra", K.ENERGY_AGENCY, "LV", "Zemgale",
     "https://www.zrea.lv",
     {"lv": "Reģionālā enerģētikas aģentūra, kurā darbojas Latvijas zaļā publiskā iepirkuma "
            "atbalsta struktūrvienība. Palīdzam pašvaldībām sagatavot iepirkumus ar vides "
            "kritērijiem.",
      "en": "Regional energy agency hosting the Latvian GPP support unit. We help "
            "municipalities prepare tenders with environmental criteria."}),
    ("vidzeme-planning-region", "Vidzemes plānošanas reģions", K.PLANNING_REGION, "LV", "Vidzeme",
     "https://www.vidzeme.lv",
     {"lv": "Plānošanas reģions, kas koordinē Vidzemes pašvaldību sadarbību, arī kopīgus zaļos "
            "iepirkumus.",
      "en": "Planning region coordinating the municipalities of Vidzeme, joint green tenders "
            "included."}),
    ("procurement-monitoring-bureau", "Iepirkumu uzraudzības birojs", K.CENTRAL_PROCUREMENT, "LV",
     "Rīga", "https://www.iub.gov.lv",
     {"lv": "Latvijas centrālā iepirkumu uzraudzības iestāde. Skaidrojam zaļā publiskā iepirkuma "
            "prasības un apkopojam statistiku.",
      "en": "Latvia's central procurement monitoring body. We explain the green public "
            "procurement rules and collect the statistics."}),
    ("jelgava-municipality", "Jelgavas valstspilsētas pašvaldība", K.MUNICIPALITY, "LV", "Zemgale",
     "https://www.jelgava.lv",
     {"lv": "Valstspilsētas pašvaldība, kas iepērk pārtiku skolām, uzkopšanas pakalpojumus un "
            "ielu apgaismojumu.",
      "en": "City municipality buying food for schools, cleaning services and road lighting."}),
    ("zemgale-procurement-centre", "Zemgales iepirkumu centrs", K.REGIONAL_PROCUREMENT, "LV",
     "Zemgale", "",
     {"lv": "Zemgales pašvaldību kopīgā iepirkumu institūcija: viens iepirkums vairākām "
            "pašvaldībām.",
      "en": "Joint procurement body of the Zemgale municipalities: one tender for several "
            "municipalities."}),
    ("green-tender-consulting", "Green Tender Consulting SIA", K.GPP_CONSULTANCY, "LV", "Rīga", "",
     {"lv": "Palīdzam pasūtītājiem izstrādāt ZPI kritērijus un rīkot tirgus dialogu ar "
            "piegādātājiem.",
      "en": "We help buyers write GPP criteria and run market dialogues with suppliers."}),
    ("baltic-eco-furniture", "Baltic Eco Furniture SIA", K.MANUFACTURER, "LV", "Kurzeme", "",
     {"lv": "Ražojam mēbeles ar ES ekomarķējumu no FSC sertificētas koksnes. Rezerves daļas "
            "nodrošinām vismaz piecus gadus.",
      "en": "We make furniture with the EU Ecolabel from FSC-certified wood, with spare parts "
            "for at least five years."}),
    ("ecoclean-services", "EcoClean Services SIA", K.SERVICE_PROVIDER, "LV", "Rīga", "",
     {"lv": "Telpu uzkopšana ar ekomarķētiem līdzekļiem; mūsu darbinieki ir apmācīti videi "
            "draudzīgā uzkopšanā.",
      "en": "Indoor cleaning with ecolabelled products; our staff are trained in "
            "environmentally friendly cleaning."}),
    ("rea-north", "Regionalna energetska agencija Sjever", K.ENERGY_AGENCY, "HR", "Koprivnica", "",
     {"en": "Croatian regional energy agency running a GPP support unit.",
      "lv": "Horvātijas reģionālā enerģētikas aģentūra, kurā darbojas ZPI atbalsta "
            "struktūrvienība."}),
    ("koprivnica", "Grad Koprivnica", K.MUNICIPALITY, "HR", "Koprivnica-Križevci", "",
     {"en": "City buying electric buses and LED street lighting.",
      "lv": "Pilsēta, kas iepērk elektriskos autobusus un LED ielu apgaismojumu."}),
    ("tartu-energy-agency", "Tartu Regional Energy Agency", K.ENERGY_AGENCY, "EE", "Tartu", "",
     {"en": "Estonian energy agency advising municipalities on green tenders.",
      "lv": "Igaunijas enerģētikas aģentūra, kas konsultē pašvaldības par zaļajiem "
            "iepirkumiem."}),
    ("andalusia-procurement", "Andalusian Regional Procurement Office", K.REGIONAL_PROCUREMENT,
     "ES", "Andalusia", "",
     {"en": "Regional procurement office with framework agreements.",
      "lv": "Reģionālais iepirkumu birojs, kas slēdz vispārīgās vienošanās."}),
]  # fmt: skip

# More organisations, generated from real places, so the directory has the size of a real
# network: 8 countries, every kind.
PLACES = {
    "LV": ["Rīga", "Liepāja", "Valmiera", "Daugavpils", "Cēsis", "Ventspils"],
    "HR": ["Zagreb", "Varaždin", "Čakovec", "Bjelovar", "Osijek"],
    "ES": ["Sevilla", "Málaga", "Córdoba", "Granada", "Almería"],
    "EL": ["Athens", "Piraeus", "Patras", "Heraklion", "Larissa"],
    "IT": ["Firenze", "Prato", "Pisa", "Siena", "Lucca"],
    "PT": ["Porto", "Braga", "Coimbra", "Aveiro"],
    "CY": ["Nicosia", "Limassol", "Larnaca", "Paphos"],
    "EE": ["Tallinn", "Tartu", "Pärnu", "Narva"],
}
GENERATED_KINDS = [
    (K.MUNICIPALITY, "Municipality of {place}",
     {"en": "Municipality buying for schools, roads and public buildings.",
      "lv": "Pašvaldība, kas iepērk skolām, ceļiem un sabiedriskajām ēkām."}),
    (K.SERVICE_PROVIDER, "{place} Green Facility Services",
     {"en": "Cleaning, catering and maintenance services with ecolabelled products.",
      "lv": "Uzkopšanas, ēdināšanas un apsaimniekošanas pakalpojumi ar ekomarķētiem produktiem."}),
    (K.MANUFACTURER, "{place} Eco Products",
     {"en": "Manufacturer of products that meet EU GPP criteria.",
      "lv": "Ražotājs, kura produkti atbilst ES zaļā publiskā iepirkuma kritērijiem."}),
    (K.GPP_CONSULTANCY, "{place} Sustainable Procurement Advisers",
     {"en": "Consultants who help buyers write and evaluate green tenders.",
      "lv": "Konsultanti, kas palīdz pasūtītājiem sagatavot un izvērtēt zaļos iepirkumus."}),
    (K.PLANNING_REGION, "{place} Regional Development Agency",
     {"en": "Regional planning body coordinating municipalities.",
      "lv": "Reģionālās plānošanas iestāde, kas koordinē pašvaldību sadarbību."}),
    (K.REGIONAL_PROCUREMENT, "{place} Joint Procurement Office",
     {"en": "Buys on behalf of municipalities in the region.",
      "lv": "Iepērk reģiona pašvaldību vārdā."}),
]  # fmt: skip
ENERGY_AGENCIES = [
    # slug, name, country, region
    ("energy-agency-hr", "Regional Energy Agency of Northwest Croatia", "HR", "Zagreb"),
    ("energy-agency-es", "Agencia Andaluza de la Energía", "ES", "Andalusia"),
    ("energy-agency-el", "Centre for Renewable Energy Sources and Saving", "EL", "Attica"),
    ("energy-agency-it", "Agenzia Fiorentina per l'Energia", "IT", "Tuscany"),
    ("energy-agency-pt", "Agência de Energia do Porto", "PT", "Porto"),
    ("energy-agency-cy", "Cyprus Energy Agency", "CY", "Nicosia"),
]
LV_MUNICIPALITIES = ["Valmieras", "Cēsu", "Liepājas", "Ventspils", "Daugavpils", "Tukuma"]


def _generated_organisations():
    for slug, name, country, region in ENERGY_AGENCIES:
        yield (slug, name, K.ENERGY_AGENCY, country, region, "",
               {"en": "Energy agency hosting a GPP support unit.",
                "lv": "Enerģētikas aģentūra, kurā darbojas ZPI atbalsta struktūrvienība."})  # fmt: skip
    for number, municipality in enumerate(LV_MUNICIPALITIES):
        yield (f"lv-municipality-{number}", f"{municipality} novada pašvaldība", K.MUNICIPALITY,
               "LV", municipality, "",
               {"lv": "Pašvaldība, kas iepērk skolām, ceļiem un ēkām.",
                "en": "Municipality buying for its schools, roads and buildings."})  # fmt: skip
    for country, places in PLACES.items():
        for index, place in enumerate(places):
            kind, name, description = GENERATED_KINDS[index % len(GENERATED_KINDS)]
            if country == "LV" and kind == K.MUNICIPALITY:
                kind, name, description = GENERATED_KINDS[(index + 1) % len(GENERATED_KINDS)]
            slug = f"{country.lower()}-{kind.replace('_', '-')}-{index}"
            yield (slug, name.format(place=place), kind, country, place, "", description)


WORKING_GROUPS = [
    # slug, name in English and Latvian, country, region, organisation slugs
    ("zemgale", "Zemgale GPP working group", "Zemgales ZPI darba grupa", "LV", "Zemgale",
     ["zrea", "jelgava-municipality", "zemgale-procurement-centre", "procurement-monitoring-bureau",
      "green-tender-consulting", "baltic-eco-furniture", "ecoclean-services"]),
    ("vidzeme", "Vidzeme GPP working group", "Vidzemes ZPI darba grupa", "LV", "Vidzeme",
     ["vidzeme-planning-region", "lv-municipality-0", "lv-municipality-1", "zrea",
      "procurement-monitoring-bureau"]),
    ("northwest-croatia", "Northwest Croatia GPP working group",
     "Ziemeļrietumu Horvātijas ZPI darba grupa", "HR", "Zagreb",
     ["energy-agency-hr", "koprivnica", "rea-north", "hr-municipality-0", "hr-service-provider-1",
      "hr-manufacturer-2"]),
    ("andalusia", "Andalusia GPP working group", "Andalūzijas ZPI darba grupa", "ES", "Andalusia",
     ["energy-agency-es", "andalusia-procurement", "es-municipality-0", "es-service-provider-1",
      "es-manufacturer-2", "es-gpp-consultancy-3"]),
    ("attica", "Attica GPP working group", "Atikas ZPI darba grupa", "EL", "Attica",
     ["energy-agency-el", "el-municipality-0", "el-service-provider-1", "el-manufacturer-2"]),
    ("tuscany", "Tuscany GPP working group", "Toskānas ZPI darba grupa", "IT", "Tuscany",
     ["energy-agency-it", "it-municipality-0", "it-service-provider-1", "it-gpp-consultancy-3"]),
]  # fmt: skip

SUPPORT_UNITS = [
    # slug, name in English and Latvian, host slug, contact
    ("gpps-latvia", "Latvian GPP support unit", "Latvijas ZPI atbalsta struktūrvienība", "zrea",
     "gpp@zrea.example.lv"),
    ("gpps-croatia", "Croatian GPP support unit", "Horvātijas ZPI atbalsta struktūrvienība",
     "energy-agency-hr", "gpp@regea.example.hr"),
    ("gpps-spain", "Andalusian GPP support unit", "Andalūzijas ZPI atbalsta struktūrvienība",
     "energy-agency-es", "gpp@aae.example.es"),
    ("gpps-greece", "Greek GPP support unit", "Grieķijas ZPI atbalsta struktūrvienība",
     "energy-agency-el", "gpp@cres.example.gr"),
    ("gpps-italy", "Tuscan GPP support unit", "Toskānas ZPI atbalsta struktūrvienība",
     "energy-agency-it", "gpp@afe.example.it"),
    ("gpps-portugal", "Portuguese GPP support unit", "Portugāles ZPI atbalsta struktūrvienība",
     "energy-agency-pt", "gpp@adeporto.example.pt"),
    ("gpps-cyprus", "Cypriot GPP support unit", "Kipras ZPI atbalsta struktūrvienība",
     "energy-agency-cy", "gpp@cea.example.cy"),
]  # fmt: skip
SUPPORT_UNIT_SERVICES = {
    "en": "- Help with GPP criteria for your tender\n"
          "- Market research and supplier meetings\n"
          "- Round tables of the regional working group\n"
          "- Trainings and international webinars",
    "lv": "- Palīdzība ZPI kritēriju izvēlē jūsu iepirkumam\n"
          "- Tirgus izpēte un tikšanās ar piegādātājiem\n"
          "- Reģionālās darba grupas apaļā galda sanāksmes\n"
          "- Mācības un starptautiski vebināri",
}  # fmt: skip
WORKING_GROUP_DESCRIPTION = {
    "en": "The regional GPP working group of {region}: round tables several times a year, "
          "shared documents and a private forum.",
    "lv": "Reģiona pašvaldības, iepirkumu speciālisti un piegādātāji vairākas reizes gadā tiekas "
          "pie apaļā galda, dalās ar dokumentiem un sarunājas slēgtā forumā.",
}  # fmt: skip

USERS = [
    # e-mail, display name, group, organisation slug, role, staff, superuser
    ("editor@demo.gpp-commons.eu", "Laura Kalniņa", EDITORS_GROUP, "zrea", Membership.Role.MEMBER,
     False, False),
    ("moderator@demo.gpp-commons.eu", "Jānis Ozols", MODERATORS_GROUP, "zrea",
     Membership.Role.MEMBER, False, False),
    ("member@demo.gpp-commons.eu", "Anna Bērziņa", None, "jelgava-municipality",
     Membership.Role.MEMBER, False, False),
    ("orgadmin@demo.gpp-commons.eu", "Pēteris Liepa", None, "baltic-eco-furniture",
     Membership.Role.ADMIN, False, False),
    ("support@demo.gpp-commons.eu", "Ilze Kalna", None, "zrea", Membership.Role.MEMBER,
     False, False),
    ("admin@demo.gpp-commons.eu", "Site admin", None, None, None, True, True),
]  # fmt: skip

# What `make run` prints, by role: console text for developers, so not translated.
ROLES = {
    "editor@demo.gpp-commons.eu": "editor (Wagtail admin, submits for review)",
    "moderator@demo.gpp-commons.eu": "moderator (reviews and publishes)",
    "member@demo.gpp-commons.eu": "member (Jelgava municipality, Zemgale working group)",
    "orgadmin@demo.gpp-commons.eu": "organisation admin (Baltic Eco Furniture)",
    "support@demo.gpp-commons.eu": "support-unit staff (Latvian GPP support unit)",
    "admin@demo.gpp-commons.eu": "staff / superuser",
}


def _organisation_step(row) -> DemoStep:
    slug, name, kind, country, region, website, description = row

    def load() -> bool:
        _, created = organisation_upsert(
            slug=slug, name=name, kind=kind, country=country, region=region,
            website=website, description_en=description["en"],
            description_lv=description["lv"],
        )  # fmt: skip
        return created

    return (f"organisation {slug}", load)


def _user_step(row) -> DemoStep:
    email, display_name, group, org_slug, role, is_staff, is_superuser = row

    def load() -> bool:
        user = User.objects.filter(email=email).first()
        created = user is None
        if created:
            user = User.objects.create_user(
                email=email, password=DEMO_PASSWORD, display_name=display_name,
                is_staff=is_staff, is_superuser=is_superuser,
            )  # fmt: skip
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        if org_slug:
            membership_set(
                user=user, organisation=Organisation.objects.get(slug=org_slug), role=role
            )
        return created

    return (f"user {email}", load)


def _working_group_step(row) -> DemoStep:
    slug, name, name_lv, country, region, organisation_slugs = row

    def load() -> bool:
        group, created = working_group_upsert(
            slug=slug, name_en=name, name_lv=name_lv, country=country, region=region,
            description_en=WORKING_GROUP_DESCRIPTION["en"].format(region=region),
            description_lv=WORKING_GROUP_DESCRIPTION["lv"],
        )  # fmt: skip
        group.organisations.add(*Organisation.objects.filter(slug__in=organisation_slugs))
        return created

    return (f"working group {slug}", load)


def _support_unit_step(row) -> DemoStep:
    slug, name, name_lv, host_slug, contact = row

    def load() -> bool:
        _, created = support_unit_upsert(
            slug=slug, name_en=name, name_lv=name_lv, host=Organisation.objects.get(slug=host_slug),
            services_en=SUPPORT_UNIT_SERVICES["en"], services_lv=SUPPORT_UNIT_SERVICES["lv"],
            contact_email=contact,
        )  # fmt: skip
        return created

    return (f"support unit {slug}", load)


def _roles_step() -> DemoStep:
    """The demo member sits in the Zemgale working group; the support user staffs the unit."""

    def load() -> bool:
        member = User.objects.get(email="member@demo.gpp-commons.eu")
        coordinator = User.objects.get(email="support@demo.gpp-commons.eu")
        group = WorkingGroup.objects.get(slug="zemgale")
        created = working_group_member_set(group=group, user=member, is_coordinator=False)
        working_group_member_set(group=group, user=coordinator, is_coordinator=True)
        SupportUnit.objects.get(slug="gpps-latvia").staff.add(coordinator)
        for email in ("member@demo.gpp-commons.eu", "orgadmin@demo.gpp-commons.eu"):
            member_profile_set(user=User.objects.get(email=email), is_public=True, country="LV")
        return created

    return ("working-group and support-unit roles", load)


OFFER_TEMPLATES = {
    # product group: (title in English and Latvian, description in English and Latvian,
    # evidence kind, evidence name)
    "furniture": (
        {"en": "Office furniture from certified wood",
         "lv": "Biroja mēbeles no sertificētas koksnes"},
        {"en": "Desks, chairs and storage from FSC-certified wood, with the EU Ecolabel and "
               "spare parts for five years.",
         "lv": "Galdi, krēsli un skapji no FSC sertificētas koksnes ar ES ekomarķējumu; rezerves "
               "daļas pieejamas piecus gadus."},
        Evidence.Kind.ECOLABEL, "EU Ecolabel",
    ),
    "food-catering-and-vending": (
        {"en": "Organic school catering", "lv": "Bioloģiska ēdināšana skolām"},
        {"en": "Meals for schools and kindergartens with at least 20% organic food and more "
               "plant-based menus.",
         "lv": "Ēdināšana skolām un bērnudārziem: vismaz 20% bioloģiskas pārtikas un vairāk "
               "augu valsts ēdienu."},
        Evidence.Kind.CERTIFICATE, "EU organic certificate",
    ),
    "road-lighting-and-traffic-signals": (
        {"en": "LED street lighting with dimming", "lv": "Regulējams LED ielu apgaismojums"},
        {"en": "LED luminaires above 110 lm/W with night-time dimming, installation and "
               "maintenance.",
         "lv": "LED gaismekļi ar efektivitāti virs 110 lm/W un nakts režīmu, kā arī uzstādīšana "
               "un apkope."},
        Evidence.Kind.DOCUMENT, "Photometric test report",
    ),
    "cleaning-products-and-services": (
        {"en": "Ecolabelled indoor cleaning", "lv": "Telpu uzkopšana ar ekomarķētiem līdzekļiem"},
        {"en": "Daily cleaning of offices and schools with ecolabelled products and dosing "
               "systems.",
         "lv": "Biroju un skolu ikdienas uzkopšana ar ekomarķētiem līdzekļiem un dozēšanas "
               "sistēmām."},
        Evidence.Kind.ECOLABEL, "Nordic Swan",
    ),
    "computers-and-monitors": (
        {"en": "Repairable laptops and monitors",
         "lv": "Remontējami portatīvie datori un monitori"},
        {"en": "Laptops and monitors within the ENERGY STAR limits, with batteries the user can "
               "replace and a five-year warranty.",
         "lv": "Portatīvie datori un monitori ENERGY STAR robežās, ar lietotāja nomaināmu "
               "akumulatoru un piecu gadu garantiju."},
        Evidence.Kind.ENERGY_LABEL, "ENERGY STAR",
    ),
}  # fmt: skip
# The last paragraph of every offer's description: where the supplier delivers.
OFFER_REGION = {"en": "We serve public buyers in {region}.", "lv": "Darbības reģions: {region}."}


def _offer_texts(group_slug: str, region: str) -> dict:
    """An offer's title and description in both languages: the fields of the offer form."""
    title, description = OFFER_TEMPLATES[group_slug][:2]
    return {
        f"{field}_{language}": value
        for language in ("en", "lv")
        for field, value in (
            ("title", title[language]),
            ("description",
             f"{description[language]}\n\n{OFFER_REGION[language].format(region=region)}"),
        )
    }  # fmt: skip


def _offer_rows():
    """40 offers: every demo supplier offers in two product groups, the first two in three."""
    suppliers = Organisation.objects.filter(kind__in=Organisation.SUPPLIER_KINDS).order_by("slug")
    groups = list(OFFER_TEMPLATES)
    for index, supplier in enumerate(suppliers):
        for shift in range(3 if index < 2 else 2):
            yield supplier, groups[(index + shift) % len(groups)], index + shift


def _offers_step() -> DemoStep:
    """One offer per supplier and product group; a second run brings its texts up to date and
    leaves its dates, criteria and evidence alone."""

    def load() -> bool:
        today = timezone.localdate()
        verifier = User.objects.get(email="support@demo.gpp-commons.eu")
        created_any = False
        for supplier, group_slug, number in _offer_rows():
            evidence_kind, evidence_name = OFFER_TEMPLATES[group_slug][2:]
            group = ProductGroup.objects.get(slug=group_slug)
            texts = _offer_texts(group_slug, supplier.region)
            offer = SupplierOffer.objects.filter(organisation=supplier, product_group=group).first()
            if offer:
                if any(getattr(offer, field) != value for field, value in texts.items()):
                    offer_save(
                        organisation=supplier, actor=verifier, offer=offer,
                        data={**texts, "product_group": group,
                              "criteria": list(offer.criteria.all())},
                    )  # fmt: skip
                continue
            offer = offer_save(
                organisation=supplier, actor=verifier,
                data={**texts, "product_group": group, "country": supplier.country,
                      "regions": supplier.region,
                      "criteria": list(group.criteria.all()[: 2 + number % 3]),
                      "valid_until": today + timedelta(days=365)},
            )  # fmt: skip
            # Every third offer's evidence has expired; half of the others are verified.
            expired = number % 3 == 2
            evidence = evidence_add(
                offer=offer, actor=verifier,
                data={"kind": evidence_kind, "name": evidence_name,
                      "valid_until": today + timedelta(days=-30 if expired else 400)},
            )  # fmt: skip
            if not expired and number % 2 == 0:
                evidence_verify(evidence=evidence, actor=verifier)
            created_any = True
        return created_any

    return ("supplier offers and evidence", load)


def _meetings_step() -> DemoStep:
    """Meeting requests in every state between the demo member and demo suppliers."""

    def load() -> bool:
        buyer = User.objects.get(email="member@demo.gpp-commons.eu")
        if SupplierMeeting.objects.filter(requester=buyer).exists():
            return False
        supplier_admin = User.objects.get(email="orgadmin@demo.gpp-commons.eu")
        suppliers = list(
            Organisation.objects.filter(kind__in=Organisation.SUPPLIER_KINDS).order_by("slug")
        )
        base = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
        furniture = ProductGroup.objects.get(slug="furniture")
        own = Organisation.objects.get(slug="baltic-eco-furniture")
        made = []
        for number, supplier in enumerate([own, own, own, suppliers[3], suppliers[4]]):
            made.append(
                meetings.meeting_request(
                    requester=buyer,
                    supplier=supplier,
                    product_group=furniture,
                    topic=[
                        "School desks",
                        "Office chairs",
                        "Library shelves",
                        "Reception furniture",
                        "Outdoor benches",
                    ][number],
                    message="We plan a tender next quarter and would like to see the market.",
                    proposed_times=[base + timedelta(days=7 + number, hours=h) for h in (0, 28)],
                )
            )
        first_time = datetime.fromisoformat(made[0].proposed_times[0])
        meetings.meeting_accept(
            meeting=made[0], actor=supplier_admin, time=first_time, place="Jelgava, Lielā iela 11"
        )
        meetings.meeting_counter_propose(
            meeting=made[1], actor=supplier_admin, time=base + timedelta(days=12, hours=4),
            answer="We can show samples in our showroom that week.",
        )  # fmt: skip
        meetings.meeting_decline(
            meeting=made[2], actor=supplier_admin, answer="We do not make shelves."
        )
        meetings.meeting_decline(meeting=made[3], actor=buyer, answer="The tender was postponed.")
        return True

    return ("supplier meetings", load)


MARKET_RESEARCH = [
    # support unit, product group, region, method, suppliers, findings
    ("gpps-latvia", "furniture", "Zemgale", MarketResearch.Method.SURVEY, 14,
     "- 9 of 14 furniture makers can supply FSC or PEFC wood\n- 3 hold the EU Ecolabel\n"
     "- Spare parts for 5 years are common; take-back schemes are rare"),
    ("gpps-latvia", "food-catering-and-vending", "Zemgale", MarketResearch.Method.MARKET_DIALOGUE, 8,
     "Local farms can deliver **20% organic** to schools if lots are split by region."),
    ("gpps-croatia", "road-lighting-and-traffic-signals", "Zagreb", MarketResearch.Method.INTERVIEWS, 6,
     "All interviewed suppliers offer LED luminaires above 110 lm/W with dimming."),
]  # fmt: skip


def _market_research_step() -> DemoStep:
    def load() -> bool:
        if MarketResearch.objects.exists():
            return False
        staff = User.objects.get(email="support@demo.gpp-commons.eu")
        for number, (unit, group, region, method, count, findings) in enumerate(MARKET_RESEARCH):
            unit = SupportUnit.objects.select_related("host").get(slug=unit)
            market_research_record(
                support_unit=unit, actor=staff,
                data={"product_group": ProductGroup.objects.get(slug=group),
                      "country": unit.host.country, "region": region, "method": method,
                      "supplier_count": count, "findings": findings,
                      "carried_out_on": timezone.localdate() - timedelta(days=40 + 30 * number)},
            )  # fmt: skip
        return True

    return ("market research", load)


def demo_steps():
    yield from (_organisation_step(row) for row in ORGANISATIONS)
    yield from (_organisation_step(row) for row in _generated_organisations())
    yield from (_user_step(row) for row in USERS)
    yield from (_working_group_step(row) for row in WORKING_GROUPS)
    yield from (_support_unit_step(row) for row in SUPPORT_UNITS)
    yield _roles_step()
    yield _offers_step()
    yield _meetings_step()
    yield _market_research_step()
