"""`make test-services` runs the whole suite on PostgreSQL 15; this proves it really does."""

import pytest

from kb_site.models import HomePage
from members.models import User

pytestmark = pytest.mark.services


def test_the_suite_runs_on_postgresql_15(postgresql):
    with postgresql.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        version = int(cursor.fetchone()[0])
    assert 150000 <= version < 160000


def test_email_uniqueness_ignores_case_on_postgresql(postgresql):
    from django.db import IntegrityError, transaction

    User.objects.create_user(email="anna@example.lv")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(email="ANNA@EXAMPLE.LV")


def test_data_migrations_built_both_home_pages(postgresql):
    languages = set(HomePage.objects.values_list("locale__language_code", flat=True))
    assert languages == {"en", "lv"}
