"""Demo organisations of every kind in a few EU countries (Latvia first) and users with roles."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from kb_site.demo import DEMO_PASSWORD, DemoStep

from .models import Membership, Organisation, User
from .permissions import EDITORS_GROUP, MODERATORS_GROUP
from .services import membership_set, organisation_upsert

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
    ("admin@demo.gpp-commons.eu", "Site admin", None, None, None, True, True),
]  # fmt: skip

# What `make run` prints, by role: console text for developers, so not translated.
ROLES = {
    "editor@demo.gpp-commons.eu": "editor (Wagtail admin, submits for review)",
    "moderator@demo.gpp-commons.eu": "moderator (reviews and publishes)",
    "member@demo.gpp-commons.eu": "member (Jelgava municipality)",
    "orgadmin@demo.gpp-commons.eu": "organisation admin (Baltic Eco Furniture)",
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


def demo_steps():
    yield from (_organisation_step(row) for row in ORGANISATIONS)
    yield from (_user_step(row) for row in USERS)
