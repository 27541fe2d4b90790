from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        from django.db.models.signals import post_save
        from django_comments_xtd.models import XtdComment

        from kb_site.panels import register_panel
        from kb_site.sections import register_section

        from . import comments, panels
        from .models import CaseStudyPage

        register_section("practices", "practices:case_study_index")
        comments.register(CaseStudyPage)
        post_save.connect(
            comments.on_comment_saved, sender=XtdComment, dispatch_uid="practices_comment_saved"
        )
        register_panel(
            "organisation",
            key="case_studies",
            template="practices/panels/organisation_case_studies.html",
            context=panels.organisation_case_studies,
            order=10,
            shared=True,  # public content only: cached as a fragment
        )
        register_panel(
            "support_unit",
            key="strategies",
            template="practices/panels/support_unit_strategies.html",
            context=panels.support_unit_strategies,
            order=10,
        )
        register_panel(
            "home",
            key="featured_case_studies",
            template="practices/panels/home_case_studies.html",
            context=panels.home_case_studies,
            order=10,
            shared=True,  # public content only: cached as a fragment
        )
