from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from kb_site.sections import register_section

        register_section("organisations", "members:organisation_directory")
        register_section("suppliers", "members:supplier_catalogue")
