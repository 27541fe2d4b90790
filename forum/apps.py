from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Forum")

    def ready(self):
        from kb_site.discussion import register_discussion_provider
        from kb_site.panels import register_panel
        from kb_site.sections import register_section

        from . import panels

        register_section("forum", "forum:index")
        register_discussion_provider(panels.discussion_url)
        register_panel(
            "home",
            key="forum_latest",
            template="forum/panels/home_threads.html",
            context=panels.home_threads,
            order=30,
            shared=True,  # public content only: cached as a fragment
        )
        register_panel(
            "working_group",
            key="forum_group_category",
            template="forum/panels/working_group.html",
            context=panels.working_group_category,
            order=20,
        )
        register_panel(
            "organisation",
            key="forum_activity",
            template="forum/panels/organisation_activity.html",
            context=panels.organisation_activity,
            order=30,
            shared=True,  # public content only: cached as a fragment
        )
        register_panel(
            "support_unit",
            key="forum_helpdesk",
            template="forum/panels/support_unit_helpdesk.html",
            context=panels.support_unit_helpdesk,
            order=30,
        )
