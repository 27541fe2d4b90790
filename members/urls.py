from django.urls import path

import kb_site.converters  # noqa: F401  (registers <id:...>, a database id)

from . import views

app_name = "members"
urlpatterns = [
    path("suppliers/", views.supplier_catalogue_view, name="supplier_catalogue"),
    path("suppliers/criteria/<slug:slug>/", views.criteria_matching_view, name="criteria_matching"),
    path("organisations/<slug:slug>/offers/", views.supplier_offers_view, name="supplier_offers"),
    path("organisations/<slug:slug>/offers/new/", views.offer_create, name="offer_create"),
    path(
        "organisations/<slug:slug>/offers/<id:offer_id>/edit/",
        views.offer_edit,
        name="offer_edit",
    ),
    path(
        "organisations/<slug:slug>/offers/<id:offer_id>/evidence/",
        views.evidence_create,
        name="evidence_create",
    ),
    path("evidence/<id:evidence_id>/verify/", views.evidence_verify, name="evidence_verify"),
    path(
        "organisations/<slug:slug>/meetings/request/",
        views.meeting_request_view,
        name="meeting_request",
    ),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings/<id:meeting_id>/", views.meeting_detail, name="meeting_detail"),
    path("meetings/<id:meeting_id>/answer/", views.meeting_answer, name="meeting_answer"),
    path("meetings/<id:meeting_id>/meeting.ics", views.meeting_ics, name="meeting_ics"),
    path("meetings/calendar/<str:token>.ics", views.meeting_feed, name="meeting_feed"),
    path("notifications/", views.notification_list, name="notifications"),
    path("members/profile/", views.profile_edit, name="profile"),
    path("organisations/", views.organisation_directory_view, name="organisation_directory"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<slug:slug>/edit/", views.organisation_edit, name="organisation_edit"),
    path(
        "organisations/<slug:slug>/people/",
        views.organisation_people_view,
        name="organisation_people",
    ),
    path(
        "organisations/<slug:slug>/people/invite/",
        views.organisation_invite,
        name="organisation_invite",
    ),
    path(
        "organisations/<slug:slug>/people/<id:membership_id>/remove/",
        views.membership_remove,
        name="membership_remove",
    ),
    path(
        "organisations/<slug:slug>/people/<id:membership_id>/role/",
        views.membership_role,
        name="membership_role",
    ),
    path(
        "organisations/<slug:slug>/join-requests/<id:request_id>/",
        views.join_request_decide,
        name="join_request_decide",
    ),
    path("organisations/<slug:slug>/join/", views.organisation_join, name="organisation_join"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("working-groups/", views.working_group_list, name="working_group_list"),
    path("working-groups/<slug:slug>/", views.working_group_view, name="working_group_detail"),
    path(
        "working-groups/<slug:slug>/documents/",
        views.working_group_document_upload,
        name="working_group_document_upload",
    ),
    path(
        "working-groups/<slug:slug>/documents/<id:document_id>/",
        views.working_group_document,
        name="working_group_document",
    ),
    path("support-units/", views.support_unit_list, name="support_unit_list"),
    path("support-units/<slug:slug>/", views.support_unit_view, name="support_unit_detail"),
    path(
        "support-units/<slug:slug>/market-research/new/",
        views.market_research_create,
        name="market_research_create",
    ),
]
