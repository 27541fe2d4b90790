"""The migration to a column per language keeps what product groups and criteria said: the
English values land in `*_en` and the hand-made Latvian name stays where it was."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("kb_site", "0005_site_domain")]
AFTER = [("kb_site", "0006_translations")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


# serialized_rollback: the flush after a transactional test would take the product groups
# (reference data from a migration) from the tests that run after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_names_and_criteria_move_into_the_english_columns():
    old = _migrate(BEFORE)
    group = old.get_model("kb_site", "ProductGroup").objects.create(
        name="Street furniture", name_lv="Ielu mēbeles", slug="street-furniture"
    )
    old.get_model("kb_site", "ProductGroup").objects.create(name="Bins", slug="bins")
    old.get_model("kb_site", "Criterion").objects.create(
        product_group_id=group.pk, code="TS1", text="Recycled steel.", level="core",
        type="technical", verification="Declaration.",
    )  # fmt: skip
    new = _migrate(AFTER)
    groups = new.get_model("kb_site", "ProductGroup").objects
    assert groups.filter(slug="street-furniture").values_list("name_en", "name_lv").get() == (
        "Street furniture",
        "Ielu mēbeles",
    )
    assert groups.get(slug="bins").name_lv is None  # several groups may lack a Latvian name
    criterion = new.get_model("kb_site", "Criterion").objects.get(code="TS1")
    assert (criterion.text_en, criterion.verification_en) == ("Recycled steel.", "Declaration.")
    assert criterion.text_lv is None
