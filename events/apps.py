from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from kb_site.panels import register_panel
        from kb_site.sections import register_section

        from . import panels

        register_section("events", "events:event_index")
        register_panel(
            "home",
            key="events",
            template="events/panels/home_events.html",
            context=panels.home_events,
            order=20,
            shared=True,  # public content only: cached as a fragment
        )
        register_panel(
            "working_group",
            key="round_tables",
            template="events/panels/working_group_round_tables.html",
            context=panels.working_group_round_tables,
            order=20,
        )
        register_panel(
            "meetings",
            key="supplier_day",
            template="events/panels/supplier_day_link.html",
            context=panels.supplier_day_link,
        )
        register_panel(
            "organisation",
            key="events",
            template="events/panels/organisation_events.html",
            context=panels.organisation_events,
            order=20,
            shared=True,  # public content only: cached as a fragment
        )
