from django.urls import path, re_path

import kb_site.converters  # noqa: F401  (registers <id:...>, a database id)

from . import views
from .feeds import CaseStudyFeed, ResourceFeed, StrategyFeed, atom
from .models import CaseStudyIndexPage, ResourceIndexPage, StrategyIndexPage

app_name = "practices"
urlpatterns = [
    path("practices/feed/rss/", CaseStudyFeed(), name="case_study_rss"),
    path("practices/feed/atom/", atom(CaseStudyFeed)(), name="case_study_atom"),
    path("practices/strategies/feed/rss/", StrategyFeed(), name="strategy_rss"),
    path("practices/strategies/feed/atom/", atom(StrategyFeed)(), name="strategy_atom"),
    path("practices/resources/feed/rss/", ResourceFeed(), name="resource_rss"),
    path("practices/resources/feed/atom/", atom(ResourceFeed)(), name="resource_atom"),
    path("practices/impact/", views.impact_dashboard_view, name="impact_dashboard"),
    path(
        "practices/",
        views.index_redirect,
        {"model": CaseStudyIndexPage},
        name="case_study_index",
    ),
    path(
        "practices/strategies/",
        views.index_redirect,
        {"model": StrategyIndexPage},
        name="strategy_index",
    ),
    path(
        "practices/resources/",
        views.index_redirect,
        {"model": ResourceIndexPage},
        name="resource_index",
    ),
    path("practices/product-groups/", views.product_group_list, name="product_group_list"),
    path(
        "practices/product-groups/<slug:slug>/",
        views.product_group_view,
        name="product_group_detail",
    ),
    path("practices/comments/post/", views.comment_post, name="comment_post"),
    path("practices/comments/moderation/", views.comment_moderation, name="comment_moderation"),
    path(
        "practices/comments/<id:comment_id>/moderate/",
        views.comment_moderate,
        name="comment_moderate",
    ),
    path("practices/follow/<id:page_id>/", views.page_follow_toggle, name="page_follow"),
    path("practices/unfollow/<str:token>/", views.unfollow, name="unfollow"),
    re_path(
        r"^practices/export\.(?P<fmt>csv|json)$", views.case_study_export, name="case_study_export"
    ),
]
