"""`load_demo` builds realistic content, and a second run changes nothing.

The demo is loaded once for the module, inside a transaction rolled back at its end (a load
costs a minute); each test's own writes roll back on top of it."""

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse

from forum.models import Category, Subscription
from forum.permissions import can_read_category, can_read_thread
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


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load()
        yield
        transaction.set_rollback(True)


def test_demo_data_is_realistic(demo):
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert len(kinds) >= 7
    assert {"LV", "HR", "EE", "ES"} <= set(Organisation.objects.values_list("country", flat=True))
    assert is_editor(User.objects.get(email="editor@demo.gpp-commons.eu"))
    assert is_moderator(User.objects.get(email="moderator@demo.gpp-commons.eu"))
    assert Membership.objects.filter(
        user__email="orgadmin@demo.gpp-commons.eu", role=Membership.Role.ADMIN
    ).exists()


def test_loading_twice_changes_nothing_and_duplicates_nothing(demo):
    first = snapshot()
    load()
    assert snapshot() == first


def test_demo_users_can_log_in(client, demo):
    for email in ["editor@demo.gpp-commons.eu", "member@demo.gpp-commons.eu"]:
        response = client.post("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302
        client.post("/en/accounts/logout/")


def test_refuses_to_load_known_passwords_into_production(settings):
    settings.DEBUG = False
    users = User.objects.count()
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("load_demo", no_progress=True)
    assert User.objects.count() == users


def test_demo_logins_prints_the_address_and_each_role(capsys, demo):
    call_command("demo_logins", url="http://127.0.0.1:8000/")
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8000/en/" in out
    for email in ["editor@", "moderator@", "member@", "orgadmin@"]:
        assert email in out


def test_the_demo_member_follows_only_what_they_may_read(client, demo):
    demo_member = User.objects.get(email="member@demo.gpp-commons.eu")
    follows = Subscription.objects.filter(user=demo_member).select_related("thread__category")
    assert follows.exists()
    assert all(can_read_thread(demo_member, s.thread) for s in follows if s.thread_id)
    for follow in Subscription.objects.select_related("user", "thread__category", "category"):
        if follow.thread_id:
            assert can_read_thread(follow.user, follow.thread), follow
        if follow.category_id:
            assert can_read_category(follow.user, follow.category), follow
    client.force_login(demo_member)
    text = client.get(reverse("forum:preferences")).text
    private_rooms = Category.objects.filter(kind=Category.Kind.WORKING_GROUP)
    unread = [c for c in private_rooms if not can_read_category(demo_member, c)]
    assert unread
    for category in unread:
        for thread in category.threads.all():
            assert thread.get_absolute_url() not in text
