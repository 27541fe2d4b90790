from django.urls import path, re_path

from . import views
from .feeds import CaseStudyAtomFeed, CaseStudyFeed

app_name = "practices"
urlpatterns = [
    path("practices/feed/rss/", CaseStudyFeed(), name="case_study_rss"),
    path("practices/feed/atom/", CaseStudyAtomFeed(), name="case_study_atom"),
    path("practices/impact/", views.impact_dashboard_view, name="impact_dashboard"),
    path("practices/", views.case_study_index_redirect, name="case_study_index"),
    re_path(
        r"^practices/export\.(?P<fmt>csv|json)$", views.case_study_export, name="case_study_export"
    ),
]
