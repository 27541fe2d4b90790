"""Meetings as iCalendar (RFC 5545), for calendar apps and "add to calendar" links."""

from django.conf import settings
from django.urls import reverse
from icalendar import Calendar, Event

from .meetings import meeting_end
from .models import SupplierMeeting


def meetings_calendar(meetings: list[SupplierMeeting], name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//GPP Commons//Supplier meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@gpp-commons")
        event.add("summary", f"{meeting.topic} — {meeting.supplier.name}")
        event.add("dtstart", meeting.scheduled_at)
        event.add("dtend", meeting_end(meeting))
        event.add("dtstamp", meeting.updated_at)
        if meeting.place:
            event.add("location", meeting.place)
        # In the language the calendar was asked for (it was always /en/).
        path = reverse("members:meeting_detail", kwargs={"meeting_id": meeting.pk})
        event.add("url", f"{settings.SITE_URL}{path}")
        event.add(
            "description",
            f"{meeting.requester.get_full_name()} · {meeting.supplier.name}\n{meeting.message}",
        )
        calendar.add_component(event)
    return calendar.to_ical()
