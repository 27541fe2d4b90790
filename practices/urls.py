from django.urls import path

from . import views

app_name = "practices"
urlpatterns = [
    path("practices/", views.case_study_index_redirect, name="case_study_index"),
]
