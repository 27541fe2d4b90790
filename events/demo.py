"""Demo news and events: 25 events (round tables of five working groups with minutes, webinars,
trainings, supplier days, a conference), 30 news items, 200 newsletter subscribers and
registrations in every state. Dates are relative to the day the demo is loaded, so there is
always something coming up; every step is idempotent (by slug, by address)."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from kb_site.taxonomy import ProductGroup
from members.models import Organisation, User, WorkingGroup

from . import services
from .models import EventIndexPage, EventPage, NewsIndexPage, Registration, Subscriber

K = EventPage.Kind
GROUPS = [
    # working group, zone, place, country, organiser
    ("zemgale", "Europe/Riga", "Jelgava, Pasta iela 37", "LV", "zrea"),
    ("vidzeme", "Europe/Riga", "Cēsis, Bērzaines iela 5", "LV", "vidzeme-planning-region"),
    ("northwest-croatia", "Europe/Zagreb", "Koprivnica, Zrinski trg 1", "HR", "rea-north"),
    ("andalusia", "Europe/Madrid", "Sevilla, Av. de la Constitución 24", "ES",
     "andalusia-procurement"),
    ("attica", "Europe/Athens", "Athens, Panepistimiou 10", "EL", None),
]  # fmt: skip
OTHER = [
    # kind, title, summary, product group, public, capacity
    (K.WEBINAR, "Life-cycle costing in practice", "How buyers compare offers over the whole "
     "life of a product, with the EU LCC tools.", "computers-and-monitors", True, 300),
    (K.WEBINAR, "Green electricity tenders across Europe", "Guarantees of origin, additionality "
     "and joint tenders: what worked in five countries.", "electricity", True, 300),
    (K.WEBINAR, "Circular furniture: refurbish before you buy", "Market dialogue, lots and "
     "award criteria for refurbished office furniture.", "furniture", True, 3),
    (K.WEBINAR, "Zero-emission buses: from tender to depot", "Charging, grid connection and "
     "what to ask suppliers.", "road-transport", True, 250),
    (K.TRAINING, "GPP basics for new procurement officers", "A day on EU GPP criteria, "
     "verification and contract clauses.", "cleaning-products-and-services", False, 25),
    (K.TRAINING, "Verifying ecolabels and test reports", "Which evidence to ask for and how to "
     "check it.", "textiles", False, 20),
    (K.TRAINING, "Writing award criteria on CO2", "Weighting, scoring and the legal limits.",
     "office-buildings", False, 2),
    (K.SUPPLIER_DAY, "Market dialogue: ecolabelled cleaning", "Suppliers present dosing systems "
     "and ecolabelled products to buyers of the region.", "cleaning-products-and-services",
     False, 60),
    (K.SUPPLIER_DAY, "Supplier day: school meals from local farms", "Farmers and caterers meet "
     "the school boards that will tender next year.", "food-catering-and-vending", False, 80),
    (K.SUPPLIER_DAY, "Market dialogue: repairable laptops", "Manufacturers on warranties, spare "
     "parts and take-back.", "computers-and-monitors", False, 40),
    (K.CONFERENCE, "GPP Commons annual conference", "Two days of case studies, the impact "
     "figures of the year and the working groups' plans.", "electricity", True, 400),
    (K.CONFERENCE, "Baltic green procurement forum", "Buyers from Estonia, Latvia and Lithuania "
     "compare notes.", "furniture", False, 150),
    (K.WEBINAR, "Green public procurement of food: new EU criteria", "The revised criteria for "
     "food, catering and vending explained.", "food-catering-and-vending", True, 300),
    (K.TRAINING, "Joint procurement between municipalities", "Agreements, lots and who signs "
     "what.", "electricity", False, 30),
    (K.WEBINAR, "Lighting retrofits with energy performance contracts", "How ESCOs are paid "
     "from savings, and what to watch.", "road-lighting-and-traffic-signals", True, 300),
]  # fmt: skip
MINUTES = (
    "<h3>Present</h3><p>Procurement officers of the region's municipalities and the energy "
    "agency.</p><h3>Discussed</h3><ul><li>Tenders planned for next quarter and their GPP "
    "criteria.</li><li>Experience with the latest cleaning services contract.</li></ul>"
    "<h3>Agreed</h3><p>A joint market dialogue on furniture before summer.</p>"
)
NEWS_TOPICS = [
    "{group} round table announced", "Minutes of the {group} round table",
    "Webinar report: {event}", "Registration open: {event}", "New members join the {group}",
]  # fmt: skip


def _at(days: int, hour: int, zone: str):
    local = (timezone.now() + timedelta(days=days)).astimezone(ZoneInfo(zone))
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)


def _data(title, summary, kind, when, zone, hours=2, **extra) -> dict:
    end = when + timedelta(hours=hours)
    return {"title": title, "summary": summary, "kind": kind, "time_zone": zone,
            "start_date": when.date(), "start_time": when.time(),
            "end_date": end.date(), "end_time": end.time(), **extra}  # fmt: skip


def _index(model, language="en"):
    index = model.objects.filter(locale__language_code=language).first()
    if index is None:
        raise RuntimeError(f"{model.__name__} is missing: run `manage.py migrate` first.")
    return index


def _events_step():
    index = _index(EventIndexPage)
    groups = {g.slug: g for g in WorkingGroup.objects.all()}
    organisations = {o.slug: o for o in Organisation.objects.all()}
    product_groups = {p.slug: p for p in ProductGroup.objects.all()}
    created = 0
    # Ten round tables: two per working group, one past (with minutes) and one coming.
    for number, (slug, zone, place, country, organiser) in enumerate(GROUPS):
        group = groups.get(slug)
        if group is None:
            continue
        for past in (True, False):
            when = _at(-20 - 9 * number if past else 6 + 7 * number, 10, zone)
            _page, new = services.event_publish(
                index=index,
                slug=f"round-table-{slug}-{'past' if past else 'next'}",
                data=_data(f"{group.name}: round table", "The working group's regular meeting: "
                           "tenders coming up, experience with recent contracts.",
                           K.ROUND_TABLE, when, zone, working_group=group, place=place,
                           country=country, capacity=30, minutes=MINUTES if past else ""),
                organisers=[organisations[organiser]] if organiser in organisations else [],
                speakers=[{"name": "Procurement officer", "affiliation": group.name}],
            )  # fmt: skip
            created += new
    # Fifteen others, alternating past and upcoming, in the zones of the partners.
    zones = ["Europe/Riga", "Europe/Lisbon", "Europe/Rome", "Europe/Athens", "Europe/Brussels"]
    for number, (kind, title, summary, group_slug, public, capacity) in enumerate(OTHER):
        zone = zones[number % len(zones)]
        past = number % 3 == 0
        when = _at(-15 - 11 * number if past else 3 + 5 * number, 11 if kind == K.WEBINAR else 9,
                   zone)  # fmt: skip
        online = kind == K.WEBINAR
        extra = {
            "is_online": online, "open_to_public": public, "capacity": capacity,
            "place": "" if online else "Riga, Kr. Valdemāra iela 33",
            "country": "" if online else "LV",
            "join_url": "https://meet.example.eu/gpp-commons" if online else "",
            "registration_deadline": when - timedelta(days=1),
            "recording_url": "https://video.example.eu/gpp-commons" if past and online else "",
            "minutes": "<p>Slides and questions answered are attached.</p>" if past else "",
        }  # fmt: skip
        _page, new = services.event_publish(
            index=index,
            slug=f"event-{number + 1:02d}",
            data=_data(title, summary, kind, when, zone,
                       hours=8 if kind in (K.TRAINING, K.CONFERENCE) else 2, **extra),
            product_groups=[product_groups[group_slug]] if group_slug in product_groups else [],
            organisers=[organisations["zrea"]] if "zrea" in organisations else [],
            speakers=[{"name": "Ilze Liepiņa", "affiliation": "ZREA, GPP adviser"},
                      {"name": "Marco Bianchi", "affiliation": "Tuscan GPP support unit"}],
        )  # fmt: skip
        created += new
    return created


def _news_step():
    index = _index(NewsIndexPage)
    events = list(EventPage.objects.live().order_by("starts_at"))
    groups = list(WorkingGroup.objects.order_by("slug"))
    created = 0
    for number in range(30):
        event = events[number % len(events)] if events else None
        group = groups[number % len(groups)] if groups else None
        title = NEWS_TOPICS[number % len(NEWS_TOPICS)].format(
            group=group.name if group else "working group", event=event.title if event else ""
        )
        _page, new = services.news_publish(
            index=index,
            slug=f"news-{number + 1:02d}",
            data={
                "title": title,
                "date": (timezone.now() - timedelta(days=3 * number)).date(),
                "summary": f"{title}. What happened, what comes next and how to take part.",
            },
            tags=[["round table", "webinar", "training", "network"][number % 4]],
            related_events=[event] if event else [],
            working_groups=[group] if group else [],
        )
        created += new
    return created


def _subscribers_step():
    groups = list(ProductGroup.objects.order_by("slug"))
    countries = ["LV", "PT", "HR", "ES", "IT", "EL", "CY"]
    kinds = [k for k, _label in K.choices]
    before = Subscriber.objects.count()
    for number in range(200):
        services.subscriber_import(
            email=f"subscriber{number:03d}@demo.gpp-commons.eu",
            language="lv" if number % 3 == 0 else "en",
            topics={
                "product_groups": groups[number % len(groups): number % len(groups) + 2]
                if number % 4 else [],
                "countries": [countries[number % len(countries)]] if number % 5 == 0 else [],
                "event_kinds": [kinds[number % len(kinds)]] if number % 6 == 0 else [],
            },
            confirmed_at=timezone.now() - timedelta(days=number),
        )  # fmt: skip
    return Subscriber.objects.count() - before


@transaction.atomic
def _registrations_step():
    """Registered, waiting, pending (a guest who has not confirmed), cancelled, attended."""
    users = list(User.objects.filter(is_active=True).order_by("pk")[:12])
    if Registration.objects.exists() or not users:
        return 0
    count = 0
    for event in EventPage.objects.live().order_by("starts_at"):
        before = event.starts_at - timedelta(days=2)  # as if registering in time
        for user in users[: (event.capacity or 8) + 2]:  # a small event fills: a waiting list
            services.registration_create(event=event, user=user, now=before, send_mail=False)
            count += 1
        if event.open_to_public:
            services.registration_create(
                event=event, email=f"guest{event.pk}@example.pt", name="Guest",
                now=before, send_mail=False,
            )  # fmt: skip
        registered = Registration.objects.filter(event=event, status=Registration.Status.REGISTERED)
        if event.ends_at < timezone.now():
            ids = set(registered.values_list("pk", flat=True)[::2])
            services.attendance_mark(event=event, attended_ids=ids)
        elif event.capacity and event.capacity > 12:
            # Someone who cannot come after all (nobody waits here, so nobody is promoted).
            last = registered.order_by("-pk").first()
            if last:
                services.registration_cancel(registration=last, now=before)
    return count


def demo_steps():
    yield ("events: 25 events", _events_step)
    yield ("events: 30 news items", _news_step)
    yield ("events: 200 newsletter subscribers", _subscribers_step)
    yield ("events: registrations in every state", _registrations_step)
