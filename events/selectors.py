"""Reads for the news and events pages; each runs a fixed number of queries."""

import calendar
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kb_site.filters import FilterForm
from kb_site.fragments import lazy
from kb_site.reversing import with_page_links
from kb_site.taxonomy import COUNTRIES, ProductGroup
from members.models import Organisation, WorkingGroup

from .forms import GuestRegistrationForm
from .models import TIME_ZONES, EventPage, NewsPage, Registration
from .permissions import can_manage_event, can_read_minutes, can_register

PAGE_SIZE = 12
# What a card and its link read: a page row has some 50 columns, bodies and minutes among them.
PAGE_LINK_FIELDS = ("title", "slug", "url_path", "locale__language_code")
EVENT_CARD_FIELDS = (*PAGE_LINK_FIELDS, "kind", "starts_at", "capacity", "is_online", "place",
                     "working_group__name")  # fmt: skip
NEWS_CARD_FIELDS = (*PAGE_LINK_FIELDS, "date", "summary", "image")
ZONE_SESSION_KEY = "events_time_zone"


# --- The visitor's time zone ------------------------------------------------------------------


def visitor_zone(request) -> str:
    """The zone the visitor chose (?tz=, remembered in the session), else the site's zone.

    Without JavaScript a browser does not tell its zone, so the visitor picks it once.
    """
    chosen = request.GET.get("tz", "")
    if chosen:
        try:
            ZoneInfo(chosen)
        except (ZoneInfoNotFoundError, ValueError):
            chosen = ""
        else:
            request.session[ZONE_SESSION_KEY] = chosen
            return chosen
    return request.session.get(ZONE_SESSION_KEY) or settings.TIME_ZONE


class ZoneForm(forms.Form):
    tz = forms.ChoiceField(label=_("Show times in"), choices=TIME_ZONES, required=False)


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
    if locale_id is None:
        return pages
    translated = pages.model.objects.filter(locale_id=locale_id).values("translation_key")
    return pages.filter(Q(locale_id=locale_id) | ~Q(translation_key__in=translated))


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


def news_detail_context(*, page: NewsPage) -> dict:
    related = list(page.related_pages.select_related("page").all())
    return {
        # In a preview the relation is modelcluster's in-memory list: query by its ids.
        "related_events": list(
            EventPage.objects.filter(pk__in=page.related_events.values_list("id", flat=True))
            .live()
            .public()
            .select_related("locale")
            .order_by("starts_at")
        ),
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
        label=_("Kind"), choices=[("", _("All")), *EventPage.Kind.choices], required=False
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
    return events.annotate(
        registered_count=Count(
            "registrations", filter=Q(registrations__status=Registration.Status.REGISTERED)
        )
    ).annotate(places_left=F("capacity") - F("registered_count"))


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
    zone = visitor_zone(request)  # outside the listing: a ?tz= is remembered in the session
    now = timezone.now()
    return {
        "zone": zone,
        # The listing is the same for every reader (public pages only) in a zone: the template
        # keeps it as a fragment that also varies on the minute, as "upcoming" moves with time.
        "minute": now.strftime("%Y-%m-%dT%H:%M"),
        "listing": lazy(lambda: _event_listing(request=request, index=index, zone=zone, now=now)),
    }


def _event_listing(*, request, index, zone: str, now) -> dict:
    form = EventFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = events_filtered(filters=filters, locale_id=index.locale_id if index else None).only(
        *EVENT_CARD_FIELDS
    )
    listing = {
        "form": form,
        "zone_form": ZoneForm(initial={"tz": zone}),
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
    zone = visitor_zone(request)
    registration = None
    if user.is_authenticated:
        registration = (
            Registration.objects.filter(event=page, user=user)
            .exclude(status=Registration.Status.CANCELLED)
            .first()
        )
    counts = dict(
        Registration.objects.filter(event=page)
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
        "zone": zone,
        "zone_form": ZoneForm(initial={"tz": zone}),
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
    return (
        Registration.objects.filter(event=event)
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
