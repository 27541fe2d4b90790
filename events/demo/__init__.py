"""Demo news and events in English and Latvian: 25 events (round tables of the regional working
groups with agendas and minutes, international webinars of the national GPP support units,
trainings, supplier days, conferences), 30 news items, 200 newsletter subscribers and
registrations in every state.

Each item is written in its organiser's language (Latvian for Latvia) and published through
the events services; its translation is made through wagtail-localize, the machinery editors
use in the admin, from the translated text of every segment. Dates are relative to the day the
demo is loaded, so there is always something coming up; every step is idempotent (by slug)."""

from contextlib import contextmanager
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django.utils.html import escape
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from kb_site.page_translations import translate_page
from kb_site.taxonomy import ProductGroup
from members.models import Organisation, User, WorkingGroup

from .. import services
from ..models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, Registration, Subscriber
from .event_items import EVENTS
from .news_items import NEWS

K = EventPage.Kind
TEXT = {"en": 0, "lv": 1}  # the place of each language in a text pair
OTHER = {"en": "lv", "lv": "en"}


# --- Texts in one language --------------------------------------------------------------------


def _clock(value: str, language: str) -> str:
    return value.replace(":", ".") if language == "lv" else value  # Latvian writes 10.00


def _agenda(rows, language: str) -> str:
    i = TEXT[language] + 1
    items = "".join(f"<li><b>{_clock(row[0], language)}</b> {escape(row[i])}</li>" for row in rows)
    return f"<ul>{items}</ul>"


def _rich(blocks, language: str) -> str:
    i = TEXT[language]
    html = []
    for tag, *texts in blocks:
        if tag == "ul":
            html.append("<ul>" + "".join(f"<li>{escape(p[i])}</li>" for p in texts[0]) + "</ul>")
        else:
            html.append(f"<{tag}>{escape(texts[i])}</{tag}>")
    return "".join(html)


def _event_text(item: dict, language: str) -> dict:
    i = TEXT[language]
    return {
        "title": item["title"][i],
        "summary": item["summary"][i],
        "agenda": _agenda(item["agenda"], language),
        "minutes": _rich(item["minutes"], language),
    }


def _news_text(item: dict, language: str) -> dict:
    i = TEXT[language]
    body = "".join(f"<p>{escape(paragraph[i])}</p>" for paragraph in item["body"])
    return {
        "title": item["title"][i],
        "summary": item["summary"][i],
        "body": [("paragraph", RichText(body))],
    }


def _strings(page, translated) -> dict[str, str]:
    """{source segment -> translated segment}, pairing the segments wagtail-localize extracts
    from the page with those of the same page written in the other language."""

    def segments(instance):
        return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]

    source, target = segments(page), segments(translated)
    fields = [[s.path.split(".")[0] for s in found] for found in (source, target)]
    if fields[0] != fields[1]:
        raise ValueError(f"{page.slug}: the two languages differ in shape: {fields}")
    strings: dict[str, str] = {}
    for a, b in zip(source, target, strict=True):
        if strings.setdefault(a.string.data, b.string.data) != b.string.data:
            raise ValueError(f"{page.slug}: {a.string.data!r} translated two ways")
    return strings


# --- Steps ------------------------------------------------------------------------------------


def _indexes(model) -> dict:
    indexes = {i.locale.language_code: i for i in model.objects.select_related("locale")}
    if set(indexes) < set(TEXT):
        raise RuntimeError(f"{model.__name__} is missing: run `manage.py migrate` first.")
    return indexes


def _languages(model, slugs) -> dict[str, set[str]]:
    """Which languages each slug is published in already."""
    found: dict[str, set[str]] = {}
    rows = model.objects.filter(slug__in=slugs).values_list("slug", "locale__language_code")
    for slug, language in rows:
        found.setdefault(slug, set()).add(language)
    return found


def _sources(model, items) -> dict:
    """The demo pages in the language they were written in, by slug."""
    pages = model.objects.filter(slug__in=[item["slug"] for item in items])
    wanted = {(item["slug"], item["source"]) for item in items}
    return {p.slug: p for p in pages.select_related("locale")
            if (p.slug, p.locale.language_code) in wanted}  # fmt: skip


@contextmanager
def _bulk():
    """Pages saved without updating Wagtail's search and reference indexes on every save (four
    saves a page): `load_demo` rebuilds both once at the end."""
    backends = {
        name: {**config, "AUTO_UPDATE": False}
        for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update(), override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


def _publish_and_translate(model, items, publish, text) -> int:
    """Publish each item in its source language and translate it, skipping what exists."""
    found = _languages(model, [item["slug"] for item in items])
    with _bulk():
        return sum(_publish_and_translate_one(model, i, found, publish, text) for i in items)


def _publish_and_translate_one(model, item, found, publish, text) -> int:
    source, target = item["source"], OTHER[item["source"]]
    languages = found.get(item["slug"], set())
    if languages and source not in languages:
        return 0  # only in the other language: an older demo's page, left alone
    created = 0
    page = None
    if source not in languages:
        page = publish(item)
        created += 1
    if target not in languages:
        page = page or model.objects.get(slug=item["slug"], locale__language_code=source)
        translated = model(slug=item["slug"], **text(item, target))
        translate_page(page, target, _strings(page, translated))
        created += 1
    return created


def _time(clock: str) -> time:
    hour, minute = (int(part) for part in clock.split(":"))
    return time(hour, minute)


def _event_data(item: dict, groups: dict) -> dict:
    zone = ZoneInfo(item["zone"])
    day = (timezone.now() + timedelta(days=item["days"])).astimezone(zone).date()
    start = datetime.combine(day, _time(item["start"]), tzinfo=zone)
    end_date = day + timedelta(days=item.get("end_days", 0))
    online = not item["place"]
    past = item["days"] < 0
    data = {
        **_event_text(item, item["source"]),
        "kind": item["kind"], "time_zone": item["zone"],
        "start_date": day, "start_time": start.time(),
        "end_date": end_date, "end_time": _time(item["end"]),
        "place": item["place"], "country": item["country"], "is_online": online,
        "join_url": f"https://meet.example.eu/gpp-commons/{item['slug']}" if online else "",
        "recording_url": f"https://video.example.eu/gpp-commons/{item['slug']}"
        if online and past else "",
        "capacity": item["capacity"], "open_to_public": item["public"],
    }  # fmt: skip
    if item["group"]:
        data["working_group"] = groups.get(item["group"])
    else:
        data["registration_deadline"] = start - timedelta(days=1)
    return data


def _events_step():
    indexes = _indexes(EventIndexPage)
    groups = {g.slug: g for g in WorkingGroup.objects.all()}
    organisations = {o.slug: o for o in Organisation.objects.all()}
    product_groups = {p.slug: p for p in ProductGroup.objects.all()}

    def publish(item):
        if item["group"] and item["group"] not in groups:
            raise RuntimeError(f"Working group {item['group']} is missing: load members first.")
        page, _new = services.event_publish(
            index=indexes[item["source"]],
            slug=item["slug"],
            data=_event_data(item, groups),
            product_groups=[product_groups[s] for s in item["product_groups"]
                            if s in product_groups],
            organisers=[organisations[s] for s in item["organisers"] if s in organisations],
            speakers=[{"name": name, "affiliation": affiliation}
                      for name, affiliation in item["speakers"]],
        )  # fmt: skip
        return page

    return _publish_and_translate(EventPage, EVENTS, publish, _event_text)


def _news_step():
    indexes = _indexes(NewsIndexPage)
    groups = {g.slug: g for g in WorkingGroup.objects.all()}
    events = {(e.slug, e.locale.language_code): e
              for e in EventPage.objects.select_related("locale")}  # fmt: skip

    def publish(item):
        # The event in the news item's language (each demo event exists in both).
        event = events.get((item["event"], item["source"])) if item["event"] else None
        page, _new = services.news_publish(
            index=indexes[item["source"]],
            slug=item["slug"],
            data={**_news_text(item, item["source"]),
                  "date": (timezone.now() + timedelta(days=item["days"])).date()},
            tags=item["tags"],
            related_events=[event] if event else [],
            working_groups=[groups[item["group"]]] if item["group"] in groups else [],
        )  # fmt: skip
        return page

    return _publish_and_translate(NewsPage, NEWS, publish, _news_text)


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
    """Registered, waiting, pending (a guest who has not confirmed), cancelled, attended.

    Registrations belong to the event as its organiser published it (the source page): its
    translation is the same event in the other language, not a second set of places."""
    users = list(User.objects.filter(is_active=True).order_by("pk")[:12])
    if Registration.objects.exists() or not users:
        return 0
    count = 0
    events = sorted(_sources(EventPage, EVENTS).values(), key=lambda e: e.starts_at)
    for event in events:
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
    yield ("events: 25 events in English and Latvian", _events_step)
    yield ("events: 30 news items in English and Latvian", _news_step)
    yield ("events: 200 newsletter subscribers", _subscribers_step)
    yield ("events: registrations in every state", _registrations_step)
