"""What events show on other apps' pages (kb_site.panels); a fixed number of queries each."""

from .models import EventPage
from .permissions import supplier_day_units
from .selectors import recent_news_for_panel, upcoming_events

PANEL_SIZE = 5


def home_events(request, page) -> dict | None:
    private = EventPage.objects.private_q()  # one query for both lists
    news = recent_news_for_panel(locale_id=page.locale_id, private=private)
    events = upcoming_events(locale_id=page.locale_id, private=private)
    if not news and not events:
        return None
    return {"news": news, "events": events}


def working_group_round_tables(request, group) -> dict | None:
    return {"events": upcoming_events(limit=PANEL_SIZE, working_group=group), "group": group}


def organisation_events(request, organisation) -> dict | None:
    events = upcoming_events(limit=PANEL_SIZE, organisers=organisation)
    return {"events": events, "organisation": organisation} if events else None


def supplier_day_link(request, user):
    """Support-unit staff can gather their region's meetings into a supplier day."""
    return {} if supplier_day_units(user) else None
