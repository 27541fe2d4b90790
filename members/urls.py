from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
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
        "organisations/<slug:slug>/people/<int:membership_id>/remove/",
        views.membership_remove,
        name="membership_remove",
    ),
    path(
        "organisations/<slug:slug>/people/<int:membership_id>/role/",
        views.membership_role,
        name="membership_role",
    ),
    path(
        "organisations/<slug:slug>/join-requests/<int:request_id>/",
        views.join_request_decide,
        name="join_request_decide",
    ),
    path("organisations/<slug:slug>/join/", views.organisation_join, name="organisation_join"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("working-groups/", views.working_group_list, name="working_group_list"),
    path("working-groups/<slug:slug>/", views.working_group_view, name="working_group_detail"),
    path("support-units/", views.support_unit_list, name="support_unit_list"),
]
