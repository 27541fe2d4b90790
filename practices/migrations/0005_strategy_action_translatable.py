"""Planned actions get a locale and a translation key, so wagtail-localize translates them
with their strategy. Two steps (this one fills the new columns, 0006 makes them required):
PostgreSQL will not alter a table with pending deferred-constraint updates in one transaction."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill(apps, schema_editor):
    """Each action takes its page's locale; the actions at the same place in translations of
    one strategy share a translation key, as if they had been translated with it."""
    StrategyAction = apps.get_model("practices", "StrategyAction")
    keys: dict[tuple, uuid.UUID] = {}
    taken: set[tuple] = set()
    for action in StrategyAction.objects.select_related("page").order_by("pk"):
        key = keys.setdefault((action.page.translation_key, action.sort_order), uuid.uuid4())
        if (key, action.page.locale_id) in taken:  # two actions at one place (no sort order)
            key = uuid.uuid4()
        taken.add((key, action.page.locale_id))
        action.locale_id = action.page.locale_id
        action.translation_key = key
        action.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0004_strategy_resource_indexes"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="strategyaction",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="strategyaction",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
