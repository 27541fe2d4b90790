from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
    path("members/profile/", views.profile_edit, name="profile"),
    path("organisations/", views.organisation_directory_view, name="organisation_directory"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<slug:slug>/edit/", views.organisation_edit, name="organisation_edit"),
    path("working-groups/", views.working_group_list, name="working_group_list"),
    path("working-groups/<slug:slug>/", views.working_group_view, name="working_group_detail"),
    path("support-units/", views.support_unit_list, name="support_unit_list"),
]
