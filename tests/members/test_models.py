import pytest
from django.db import IntegrityError

from members.models import User
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_email_is_the_log_in_and_is_stored_lower_case():
    user = User.objects.create_user(email="Anna.Berzina@Example.LV", password="x-long-password")
    assert user.email == "anna.berzina@example.lv"
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None


def test_two_accounts_cannot_share_an_email_in_any_case():
    User.objects.create_user(email="anna@example.lv")
    with pytest.raises(IntegrityError):
        User.objects.create(email="ANNA@example.lv")


def test_name_shown_prefers_the_display_name():
    assert UserFactory.build(display_name="Anna B.", first_name="Anna").get_full_name() == "Anna B."
    assert (
        UserFactory.build(display_name="", first_name="Anna", last_name="Bērziņa").get_full_name()
        == "Anna Bērziņa"
    )
    assert UserFactory.build(display_name="", email="janis@example.lv").get_full_name() == "janis"


def test_superuser_is_created_by_email():
    admin = User.objects.create_superuser(email="admin@example.lv", password="x-long-password")
    assert admin.is_staff
    assert admin.is_superuser
