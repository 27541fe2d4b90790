from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KbSiteConfig(AppConfig):
    name = "kb_site"
    verbose_name = _("GPP Commons site")

    def ready(self):
        from . import exports, page_cache, sites

        page_cache.connect()
        sites.connect()
        exports.guard_wagtail_exports()
