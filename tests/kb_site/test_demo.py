"""`load_demo` builds realistic content, and a second run changes nothing."""

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from kb_site.demo_loader import DEMO_PASSWORD
from members.models import Membership, Organisation, User
from members.permissions import is_editor, is_moderator

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    """Every row of every local model, with its timestamps."""
    rows = {}
    for app in ("kb_site", "members"):
        for model in apps.get_app_config(app).get_models():
            rows[model.__name__] = sorted(model.objects.values_list(), key=str)
    return rows


def load():
    call_command("load_demo", allow_production=True, no_progress=True)


def test_demo_data_is_realistic():
    load()
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert len(kinds) >= 7
    assert {"LV", "HR", "EE", "ES"} <= set(Organisation.objects.values_list("country", flat=True))
    assert is_editor(User.objects.get(email="editor@demo.gpp-commons.eu"))
    assert is_moderator(User.objects.get(email="moderator@demo.gpp-commons.eu"))
    assert Membership.objects.filter(
        user__email="orgadmin@demo.gpp-commons.eu", role=Membership.Role.ADMIN
    ).exists()


def test_loading_twice_changes_nothing_and_duplicates_nothing():
    load()
    first = snapshot()
    load()
    assert snapshot() == first


def test_demo_users_can_log_in(client):
    load()
    for email in ["editor@demo.gpp-commons.eu", "member@demo.gpp-commons.eu"]:
        response = client.post("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302
        client.post("/en/accounts/logout/")


def test_refuses_to_load_known_passwords_into_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("load_demo", no_progress=True)
    assert not User.objects.exists()


def test_demo_logins_prints_the_address_and_each_role(capsys):
    load()
    call_command("demo_logins", url="http://127.0.0.1:8000/")
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8000/en/" in out
    for email in ["editor@", "moderator@", "member@", "orgadmin@"]:
        assert email in out
