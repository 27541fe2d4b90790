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
ORGANISATIONS = [
    # slug, name, kind, country, region, website, description
    ("zrea", "Zemgales reģionālā enerģētikas aģentūra", K.ENERGY_AGENCY, "LV", "Zemgale",
     "https://www.zrea.lv", "Regional energy agency hosting the Latvian GPP support unit."),
    ("vidzeme-planning-region", "Vidzemes plānošanas reģions", K.PLANNING_REGION, "LV", "Vidzeme",
     "https://www.vidzeme.lv", "Planning region coordinating municipalities in Vidzeme."),
    ("procurement-monitoring-bureau", "Iepirkumu uzraudzības birojs", K.CENTRAL_PROCUREMENT, "LV",
     "Rīga", "https://www.iub.gov.lv", "Central procurement monitoring body of Latvia."),
    ("jelgava-municipality", "Jelgavas valstspilsētas pašvaldība", K.MUNICIPALITY, "LV", "Zemgale",
     "https://www.jelgava.lv", "City municipality buying food, cleaning and road lighting."),
    ("zemgale-procurement-centre", "Zemgales iepirkumu centrs", K.REGIONAL_PROCUREMENT, "LV",
     "Zemgale", "", "Joint procurement body for municipalities in Zemgale."),
    ("green-tender-consulting", "Green Tender Consulting SIA", K.GPP_CONSULTANCY, "LV", "Rīga",
     "", "Helps buyers write GPP criteria and run market dialogues."),
    ("baltic-eco-furniture", "Baltic Eco Furniture SIA", K.MANUFACTURER, "LV", "Kurzeme",
     "", "Furniture with EU Ecolabel and FSC-certified wood."),
    ("ecoclean-services", "EcoClean Services SIA", K.SERVICE_PROVIDER, "LV", "Rīga",
     "", "Indoor cleaning services with ecolabelled products and trained staff."),
    ("rea-north", "Regionalna energetska agencija Sjever", K.ENERGY_AGENCY, "HR", "Koprivnica",
     "", "Croatian regional energy agency running a GPP support unit."),
    ("koprivnica", "Grad Koprivnica", K.MUNICIPALITY, "HR", "Koprivnica-Križevci",
     "", "City buying electric buses and LED street lighting."),
    ("tartu-energy-agency", "Tartu Regional Energy Agency", K.ENERGY_AGENCY, "EE", "Tartu",
     "", "Estonian energy agency advising municipalities on green tenders."),
    ("andalusia-procurement", "Andalusian Regional Procurement Office", K.REGIONAL_PROCUREMENT,
     "ES", "Andalusia", "", "Regional procurement office with framework agreements."),
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
    (K.MUNICIPALITY, "Municipality of {place}", "Municipality buying for schools, roads and public buildings."),
    (K.SERVICE_PROVIDER, "{place} Green Facility Services", "Cleaning, catering and maintenance services with ecolabelled products."),
    (K.MANUFACTURER, "{place} Eco Products", "Manufacturer of products that meet EU GPP criteria."),
    (K.GPP_CONSULTANCY, "{place} Sustainable Procurement Advisers", "Consultants who help buyers write and evaluate green tenders."),
    (K.PLANNING_REGION, "{place} Regional Development Agency", "Regional planning body coordinating municipalities."),
    (K.REGIONAL_PROCUREMENT, "{place} Joint Procurement Office", "Buys on behalf of municipalities in the region."),
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
               "Energy agency hosting a GPP support unit.")  # fmt: skip
    for number, municipality in enumerate(LV_MUNICIPALITIES):
        yield (f"lv-municipality-{number}", f"{municipality} novada pašvaldība", K.MUNICIPALITY,
               "LV", municipality, "", "Pašvaldība, kas iepērk skolām, ceļiem un ēkām.")  # fmt: skip
    for country, places in PLACES.items():
        for index, place in enumerate(places):
            kind, name, description = GENERATED_KINDS[index % len(GENERATED_KINDS)]
            if country == "LV" and kind == K.MUNICIPALITY:
                kind, name, description = GENERATED_KINDS[(index + 1) % len(GENERATED_KINDS)]
            slug = f"{country.lower()}-{kind.replace('_', '-')}-{index}"
            yield (slug, name.format(place=place), kind, country, place, "", description)


WORKING_GROUPS = [
    # slug, name, country, region, organisation slugs
    ("zemgale", "Zemgale GPP working group", "LV", "Zemgale",
     ["zrea", "jelgava-municipality", "zemgale-procurement-centre", "procurement-monitoring-bureau",
      "green-tender-consulting", "baltic-eco-furniture", "ecoclean-services"]),
    ("vidzeme", "Vidzeme GPP working group", "LV", "Vidzeme",
     ["vidzeme-planning-region", "lv-municipality-0", "lv-municipality-1", "zrea",
      "procurement-monitoring-bureau"]),
    ("northwest-croatia", "Northwest Croatia GPP working group", "HR", "Zagreb",
     ["energy-agency-hr", "koprivnica", "rea-north", "hr-municipality-0", "hr-service-provider-1",
      "hr-manufacturer-2"]),
    ("andalusia", "Andalusia GPP working group", "ES", "Andalusia",
     ["energy-agency-es", "andalusia-procurement", "es-municipality-0", "es-service-provider-1",
      "es-manufacturer-2", "es-gpp-consultancy-3"]),
    ("attica", "Attica GPP working group", "EL", "Attica",
     ["energy-agency-el", "el-municipality-0", "el-service-provider-1", "el-manufacturer-2"]),
    ("tuscany", "Tuscany GPP working group", "IT", "Tuscany",
     ["energy-agency-it", "it-municipality-0", "it-service-provider-1", "it-gpp-consultancy-3"]),
]  # fmt: skip

SUPPORT_UNITS = [
    # slug, name, host slug, contact
    ("gpps-latvia", "Latvian GPP support unit", "zrea", "gpp@zrea.example.lv"),
    ("gpps-croatia", "Croatian GPP support unit", "energy-agency-hr", "gpp@regea.example.hr"),
    ("gpps-spain", "Andalusian GPP support unit", "energy-agency-es", "gpp@aae.example.es"),
    ("gpps-greece", "Greek GPP support unit", "energy-agency-el", "gpp@cres.example.gr"),
    ("gpps-italy", "Tuscan GPP support unit", "energy-agency-it", "gpp@afe.example.it"),
    ("gpps-portugal", "Portuguese GPP support unit", "energy-agency-pt", "gpp@adeporto.example.pt"),
    ("gpps-cyprus", "Cypriot GPP support unit", "energy-agency-cy", "gpp@cea.example.cy"),
]
SUPPORT_UNIT_SERVICES = (
    "- Help with GPP criteria for your tender\n"
    "- Market research and supplier meetings\n"
    "- Round tables of the regional working group\n"
    "- Trainings and international webinars"
)

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
            website=website, description=description,
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
    slug, name, country, region, organisation_slugs = row

    def load() -> bool:
        group, created = working_group_upsert(
            slug=slug, name=name, country=country, region=region,
            description=f"The regional GPP working group of {region}: round tables several "
            "times a year, shared documents and a private forum.",
        )  # fmt: skip
        group.organisations.add(*Organisation.objects.filter(slug__in=organisation_slugs))
        return created

    return (f"working group {slug}", load)


def _support_unit_step(row) -> DemoStep:
    slug, name, host_slug, contact = row

    def load() -> bool:
        _, created = support_unit_upsert(
            slug=slug, name=name, host=Organisation.objects.get(slug=host_slug),
            services=SUPPORT_UNIT_SERVICES, contact_email=contact,
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
    # product group: (offer title, evidence kind, evidence name)
    "furniture": ("Office furniture from certified wood", Evidence.Kind.ECOLABEL, "EU Ecolabel"),
    "food-catering-and-vending": (
        "Organic school catering",
        Evidence.Kind.CERTIFICATE,
        "EU organic certificate",
    ),
    "road-lighting-and-traffic-signals": (
        "LED street lighting with dimming",
        Evidence.Kind.DOCUMENT,
        "Photometric test report",
    ),
    "cleaning-products-and-services": (
        "Ecolabelled indoor cleaning",
        Evidence.Kind.ECOLABEL,
        "Nordic Swan",
    ),
    "computers-and-monitors": (
        "Repairable laptops and monitors",
        Evidence.Kind.ENERGY_LABEL,
        "ENERGY STAR",
    ),
}


def _offer_rows():
    """40 offers: every demo supplier offers in two product groups, the first two in three."""
    suppliers = Organisation.objects.filter(kind__in=Organisation.SUPPLIER_KINDS).order_by("slug")
    groups = list(OFFER_TEMPLATES)
    for index, supplier in enumerate(suppliers):
        for shift in range(3 if index < 2 else 2):
            yield supplier, groups[(index + shift) % len(groups)], index + shift


def _offers_step() -> DemoStep:
    def load() -> bool:
        today = timezone.localdate()
        verifier = User.objects.get(email="support@demo.gpp-commons.eu")
        created_any = False
        for supplier, group_slug, number in _offer_rows():
            title, evidence_kind, evidence_name = OFFER_TEMPLATES[group_slug]
            group = ProductGroup.objects.get(slug=group_slug)
            if SupplierOffer.objects.filter(organisation=supplier, title=title).exists():
                continue  # created once; its dates are then left alone
            offer = offer_save(
                organisation=supplier, actor=verifier,
                data={"title": title, "product_group": group, "country": supplier.country,
                      "regions": supplier.region,
                      "description": f"{title} for public buyers in {supplier.region}.",
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
