from django.urls import path

import kb_site.converters  # noqa: F401  (registers <id:...>, a database id)

from . import views
from .feeds import NewsAtomFeed, NewsFeed

# The news and events pages themselves are Wagtail pages (/en/news/, /en/events/); these views
# live under /agenda/ so no page slug can shadow them.
app_name = "events"
urlpatterns = [
    path("agenda/", views.event_index, name="event_index"),
    path("agenda/news/", views.news_index, name="news_index"),
    path("agenda/news/rss/", NewsFeed(), name="news_rss"),
    path("agenda/news/atom/", NewsAtomFeed(), name="news_atom"),
    path("agenda/calendar.ics", views.calendar_feed, name="calendar"),
    path(
        "agenda/calendar/<slug:slug>.ics",
        views.working_group_calendar,
        name="working_group_calendar",
    ),
    path("agenda/<id:event_id>/event.ics", views.event_ics, name="event_ics"),
    path("agenda/<id:event_id>/register/", views.register, name="register"),
    path("agenda/<id:event_id>/cancel/", views.cancel, name="cancel"),
    path("agenda/<id:event_id>/participants/", views.participant_list, name="participants"),
    path("agenda/<id:event_id>/participants.csv", views.participant_csv, name="participants_csv"),
    path(
        "agenda/registration/confirm/<str:token>/",
        views.registration_confirm,
        name="registration_confirm",
    ),
    path(
        "agenda/registration/cancel/<str:token>/",
        views.registration_cancel_link,
        name="registration_cancel_link",
    ),
    path("agenda/newsletter/", views.newsletter_signup, name="newsletter_signup"),
    path(
        "agenda/newsletter/confirm/<str:token>/",
        views.newsletter_confirm,
        name="newsletter_confirm",
    ),
    path(
        "agenda/newsletter/preferences/<str:token>/",
        views.newsletter_preferences,
        name="newsletter_preferences",
    ),
    path("agenda/newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("agenda/supplier-days/new/", views.supplier_day_create, name="supplier_day_create"),
    path("agenda/invitations/", views.invitation_list, name="invitation_list"),
    path("agenda/invitations/new/", views.invitation_create, name="invitation_create"),
    path("agenda/invitations/<id:pk>/", views.invitation_detail, name="invitation_detail"),
    path("agenda/newsletter/issues/new/", views.issue_create, name="issue_create"),
    path("agenda/newsletter/issues/<id:pk>/", views.issue_detail, name="issue_detail"),
]
