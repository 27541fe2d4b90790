from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from kb_site.sections import register_section

        from . import signals

        register_section("search", "search:results")
        signals.connect()
