"""Reads for the news and events pages; each runs a fixed number of queries."""

import calendar
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from kb_site.filters import FilterForm
from kb_site.fragments import lazy
from kb_site.listing_language import one_per_translation
from kb_site.page_cache import TIME_ZONE_COOKIE
from kb_site.reversing import with_page_links
from kb_site.taxonomy import COUNTRIES, ProductGroup
from members.models import Organisation, WorkingGroup

from .forms import GuestRegistrationForm, ZoneForm
from .models import EventPage, NewsPage, Registration
from .permissions import can_manage_event, can_read_minutes, can_register
from .time_zones import is_zone

# "All" of a filter whose noun is masculine in Latvian (Veids, Gads): "Visi", not "Visas".
ALL_MASCULINE = pgettext_lazy("filter of a masculine noun: kind, type, year", "All")

PAGE_SIZE = 12
# What a card and its link read: a page row has some 50 columns, bodies and minutes among them.
PAGE_LINK_FIELDS = ("title", "slug", "url_path", "locale__language_code")
# A working group's name is a column per language (modeltranslation, members/translation.py).
_GROUP_NAMES = tuple(f"working_group__name_{code}" for code, _name in settings.LANGUAGES)
EVENT_CARD_FIELDS = (*PAGE_LINK_FIELDS, "kind", "starts_at", "capacity", "is_online", "place",
                     *_GROUP_NAMES)  # fmt: skip
NEWS_CARD_FIELDS = (*PAGE_LINK_FIELDS, "date", "summary", "image")
ZONE_SESSION_KEY = "events_time_zone"


# --- One event, whichever language -----------------------------------------------------------


def canonical_event_pk(translation_key):
    """The page that holds an event's places, as a subquery: the oldest page (lowest pk) of its
    translation group, i.e. the page as the organiser published it before it was translated.

    Its translations (same ``translation_key``) share its registrations, waiting list, counts
    and lock. Not wagtail-localize's TranslationSource: only pages translated through it have
    one, and a group may have one per source locale. ``translation_key``: a value or OuterRef.
    """
    group = Page.objects.filter(translation_key=translation_key)
    return Subquery(group.order_by("pk").values("pk")[:1])


def registrations_of(event: EventPage):
    """The registrations of ``event``, whichever translation of it was given (no extra query)."""
    return Registration.objects.filter(event_id=canonical_event_pk(event.translation_key))


def event_in_language(event: EventPage, language: str) -> EventPage:
    """The live page of ``event`` in ``language`` if there is one, else ``event``: the page an
    e-mail about a registration links (one query)."""
    pages = list(
        EventPage.objects.filter(translation_key=event.translation_key).select_related("locale")
    )
    return next(
        (page for page in pages if page.live and page.locale.language_code == language),
        next((page for page in pages if page.pk == event.pk), event),
    )


# --- The visitor's time zone ------------------------------------------------------------------


def visitor_zone(request, *, default: str = "") -> dict:
    """The zone to show times in, where it came from, and the zone form for the page.

    In order: what the visitor typed in the zone form (?tz=, kept in the session), else the
    browser's zone (the cookie static/js/time_zone.js sets; without JavaScript there is none),
    else ``default`` (an event's own zone) or the site's. ``zone_source`` ("chosen",
    "browser", "default") lets the page label the times and tells the script whether the page
    already follows the browser. An empty ?tz= goes back to the browser's zone; an unknown
    one changes nothing and the form shows the message with what was typed.
    """
    form = ZoneForm(request.GET) if "tz" in request.GET else None
    if form is not None and form.is_valid():
        chosen = form.cleaned_data["tz"]
        if not chosen:
            request.session.pop(ZONE_SESSION_KEY, None)
        elif request.session.get(ZONE_SESSION_KEY) != chosen:
            request.session[ZONE_SESSION_KEY] = chosen
        form = None
    chosen = request.session.get(ZONE_SESSION_KEY, "")
    browser = request.COOKIES.get(TIME_ZONE_COOKIE, "")
    if is_zone(chosen):
        zone, source = chosen, "chosen"
    elif is_zone(browser):
        zone, source = browser, "browser"
    else:
        zone, source = default or settings.TIME_ZONE, "default"
    return {
        "zone": zone,
        "zone_source": source,
        "zone_form": form or ZoneForm(initial={"tz": zone if source == "chosen" else ""}),
    }


# --- News -------------------------------------------------------------------------------------


# The group filters are plain choices of slugs: a ModelChoiceField builds a model per option
# through a server-side cursor, and the filters need only the slug.
def working_group_choices() -> list[tuple[str, str]]:
    return [("", _("All")), *WorkingGroup.objects.order_by("name").values_list("slug", "name")]


def product_group_choices() -> list[tuple[str, str]]:
    groups = ProductGroup.objects.order_by("name").only("name", "name_lv", "slug")
    return [("", _("All")), *((group.slug, group.label) for group in groups)]


class NewsFilterForm(FilterForm):
    tag = forms.CharField(label=_("Tag"), required=False, max_length=100)
    working_group = forms.ChoiceField(label=_("Working group"), required=False)  # a slug
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["working_group"].choices = working_group_choices()


def news_items(*, locale_id, filters: dict):
    items = in_language(NewsPage.objects.live().public(), locale_id)
    if filters.get("tag"):
        items = items.filter(tags__name__iexact=filters["tag"])
    if filters.get("working_group"):
        items = items.filter(working_groups__slug=filters["working_group"])
    if filters.get("year"):
        items = items.filter(date__year=filters["year"])
    return (
        items.select_related("image", "locale")
        .prefetch_related("tags")
        .order_by("-date", "-pk")
        .distinct()
    )


def in_language(pages, locale_id):
    """Every page once: in the reader's language where it was translated, else as written.

    Most events and news are written in one language only; a Latvian reader sees the English
    webinar too, but not both versions of a translated one. One subquery, no extra query.
    """
    # Among ``pages`` (live, public): a draft translation no longer hides the published page.
    return one_per_translation(pages, locale_id)


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def news_index_context(*, request, index) -> dict:
    # The listing is the same for every reader (public pages only): the template keeps it as a
    # fragment keyed by the query string, and a hit never runs these queries.
    return {"listing": lazy(lambda: _news_listing(request=request, index=index))}


def _news_listing(*, request, index) -> dict:
    form = NewsFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    items = news_items(locale_id=index.locale_id, filters=filters).only(*NEWS_CARD_FIELDS)
    paginator = Paginator(items, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    items = list(page_obj.object_list)
    with_page_links(items, request)
    for item in items:
        item.tag_names = [tag.name for tag in item.tags.all()]
    return {
        "form": form,
        "page_obj": page_obj,
        "items": items,
        "query": _query_without_page(request),
    }


def _related_events(page: NewsPage) -> list[EventPage]:
    """The news item's events, each in the item's language where it was translated (one query).

    ``related_events`` is synchronized from the source, so a Latvian item names the English
    pages; their live Latvian translations (same translation_key) are picked instead.
    """
    # In a preview the relation is modelcluster's in-memory list: query by its ids.
    chosen = page.related_events.values_list("id", flat=True)
    keys = EventPage.objects.filter(pk__in=chosen).values("translation_key")
    candidates = (
        EventPage.objects.live()
        .public()
        .filter(Q(pk__in=chosen) | Q(locale_id=page.locale_id, translation_key__in=keys))
        .select_related("locale")
        .order_by("starts_at", "pk")
    )
    by_key: dict = {}
    for event in candidates:
        if event.translation_key not in by_key or event.locale_id == page.locale_id:
            by_key[event.translation_key] = event
    return list(by_key.values())


def news_detail_context(*, page: NewsPage) -> dict:
    related = list(page.related_pages.select_related("page").all())
    return {
        "related_events": _related_events(page),
        "related_pages": [item.page for item in related if item.page.live],
        "working_groups": list(page.working_groups.order_by("name")),
        "tags": list(page.tags.all()),
    }


# --- Events -----------------------------------------------------------------------------------


class EventFilterForm(FilterForm):
    when = forms.ChoiceField(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        required=False,
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", ALL_MASCULINE), *EventPage.Kind.choices], required=False
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=[("", _("All")), *COUNTRIES], required=False
    )
    working_group = forms.ChoiceField(label=_("Working group"), required=False)  # a slug
    product_group = forms.ChoiceField(label=_("Product group"), required=False)  # a slug

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["working_group"].choices = working_group_choices()
        self.fields["product_group"].choices = product_group_choices()


def events_filtered(*, filters: dict, locale_id=None):
    events = in_language(EventPage.objects.live().public(), locale_id)
    if filters.get("kind"):
        events = events.filter(kind=filters["kind"])
    if filters.get("country"):
        events = events.filter(country=filters["country"])
    if filters.get("working_group"):
        events = events.filter(working_group__slug=filters["working_group"])
    if filters.get("product_group"):
        events = events.filter(product_groups__slug=filters["product_group"]).distinct()
    return events.select_related("working_group", "locale")


def with_counts(events):
    """Each event's registered count and places left, shared by its translations (a subquery
    per row, no extra query)."""
    registered = (
        Registration.objects.filter(
            event_id=canonical_event_pk(OuterRef(OuterRef("translation_key"))),
            status=Registration.Status.REGISTERED,
        )
        .order_by()
        .values("event_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return events.annotate(registered_count=Coalesce(Subquery(registered), 0)).annotate(
        places_left=F("capacity") - F("registered_count")
    )


def _month_from(value: str, today: date) -> date:
    try:
        year, month = (int(part) for part in value.split("-"))
        # The calendar links the month before and after: both must be dates too.
        if MINYEAR < year < MAXYEAR:
            return date(year, month, 1)
    except (ValueError, TypeError, OverflowError):  # OverflowError: a month no C long holds
        pass
    return today.replace(day=1)


def month_calendar(*, events_qs, month: date, zone: str) -> dict:
    """A month as weeks of days, each day with the events starting on it in the visitor's zone."""
    tz = ZoneInfo(zone)
    first = datetime.combine(month, time.min, tzinfo=tz)
    next_month = (month + timedelta(days=32)).replace(day=1)
    last = datetime.combine(next_month, time.min, tzinfo=tz)
    by_day: dict[date, list] = {}
    for event in events_qs.filter(starts_at__gte=first, starts_at__lt=last).order_by("starts_at"):
        by_day.setdefault(event.starts_at.astimezone(tz).date(), []).append(event)
    weeks = [
        [{"date": day, "in_month": day.month == month.month, "events": by_day.get(day, [])}
         for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    ]  # fmt: skip
    previous = (month - timedelta(days=1)).replace(day=1)
    return {
        "month": month,
        "weeks": weeks,
        "previous": previous.strftime("%Y-%m"),
        "next": next_month.strftime("%Y-%m"),
        "weekdays": [date(2024, 1, day) for day in range(1, 8)],  # 1 Jan 2024 was a Monday
    }


def event_index_context(*, request, index=None) -> dict:
    # Outside the listing: a ?tz= is remembered in the session.
    zoning = visitor_zone(request)
    zone = zoning["zone"]
    now = timezone.now()
    return {
        "zone": zone,
        "zone_source": zoning["zone_source"],
        # The listing is the same for every reader (public pages only) in a zone: the template
        # keeps it as a fragment that also varies on the minute, as "upcoming" moves with time.
        "minute": now.strftime("%Y-%m-%dT%H:%M"),
        "listing": lazy(
            lambda: _event_listing(
                request=request, index=index, zone=zone, zone_form=zoning["zone_form"], now=now
            )
        ),
    }


def _event_listing(*, request, index, zone: str, zone_form, now) -> dict:
    form = EventFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = events_filtered(filters=filters, locale_id=index.locale_id if index else None).only(
        *EVENT_CARD_FIELDS
    )
    listing = {
        "form": form,
        "zone_form": zone_form,
        "view": "calendar" if request.GET.get("view") == "calendar" else "list",
        "past": False,
    }
    if listing["view"] == "calendar":
        month = _month_from(request.GET.get("month", ""), now.astimezone(ZoneInfo(zone)).date())
        listing["calendar"] = month_calendar(events_qs=events, month=month, zone=zone)
        with_page_links([e for week in listing["calendar"]["weeks"] for day in week
                    for e in day["events"]], request)  # fmt: skip
        query = request.GET.copy()
        for key in ("month", "view"):
            query.pop(key, None)
        listing["query"] = query.urlencode()
        return listing
    past = filters.get("when") == "past"
    events = (
        events.filter(ends_at__lt=now).order_by("-starts_at")
        if past
        else events.filter(ends_at__gte=now).order_by("starts_at")
    )
    page_obj = Paginator(with_counts(events), PAGE_SIZE).get_page(request.GET.get("page"))
    kinds = {value: str(label) for value, label in EventPage.Kind.choices}
    items = with_page_links(list(page_obj.object_list), request)
    for event in items:
        event.kind_label = kinds.get(event.kind, event.kind)
        event.show_places = bool(event.capacity and event.places_left is not None and not past)
    listing.update(past=past, page_obj=page_obj, events=items, query=_query_without_page(request))
    return listing


def event_detail_context(*, request, page: EventPage) -> dict:
    user = request.user
    zoning = visitor_zone(request, default=page.time_zone)  # no zone known: the event's own
    registration = None
    if user.is_authenticated:
        registration = (
            registrations_of(page)
            .filter(user=user)
            .exclude(status=Registration.Status.CANCELLED)
            .first()
        )
    counts = dict(
        registrations_of(page)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    registered = counts.get(Registration.Status.REGISTERED, 0)
    now = timezone.now()
    is_open = page.starts_at > now and not (
        page.registration_deadline and page.registration_deadline < now
    )
    organisers = list(
        Organisation.objects.filter(organised_events=page).only("name", "slug", "is_public")
    )
    return {
        **zoning,
        "registration": registration,
        "registered_count": registered,
        "waiting_count": counts.get(Registration.Status.WAITING, 0),
        "places_left": None if page.capacity is None else max(page.capacity - registered, 0),
        "registration_open": is_open,
        "may_register": is_open and can_register(user, page),
        "show_join_link": bool(
            page.join_url and registration and registration.status == Registration.Status.REGISTERED
        ),
        "may_read_minutes": can_read_minutes(user, page),
        "may_manage": can_manage_event(user, page),
        "is_past": page.ends_at < now,
        "guest_form": GuestRegistrationForm(initial={"language": request.LANGUAGE_CODE}),
        "speakers": list(page.speakers.all()),
        "organisers": organisers,
        "product_groups": list(page.product_groups.all()),
    }


def participants(*, event: EventPage):
    """Everyone registered or waiting, whichever language they registered in."""
    return (
        registrations_of(event)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("user")
        .order_by("status", "waiting_since", "name")
    )


def calendar_events(*, working_group: WorkingGroup | None = None):
    """Every live event of the last year and the future, for the iCal feeds."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(starts_at__gte=timezone.now() - timedelta(days=365))
    )
    if working_group is not None:
        events = events.filter(working_group=working_group)
    return events.select_related("locale").order_by("starts_at")


def recent_news_for_panel(*, locale_id, limit=3, private=None):
    """``private``: Wagtail's private-section condition, when the caller has it already."""
    news = NewsPage.objects.live()
    news = news.exclude(private) if private is not None else news.public()
    return list(in_language(news, locale_id).select_related("locale").order_by("-date")[:limit])


def upcoming_events(*, limit=4, locale_id=None, private=None, **filters):
    events = EventPage.objects.live()
    events = events.exclude(private) if private is not None else events.public()
    events = in_language(events.filter(ends_at__gte=timezone.now(), **filters), locale_id)
    return list(events.select_related("locale", "working_group").order_by("starts_at")[:limit])
