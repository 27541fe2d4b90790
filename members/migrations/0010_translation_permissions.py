"""Editors and Moderators may submit pages for translation and update translations
(wagtail-localize's views check submit_translation; editing a translation is editing the page,
which their page permissions already allow). Idempotent: wagtail-localize's own migration
grants the same to groups that existed when it ran; this one holds whatever the order was."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editors", "Moderators")


def _permission(apps):
    # Permissions of models are made after `migrate`; make wagtail-localize's content type and
    # permissions now, then the one its views check (not a model permission).
    app_config = apps.get_app_config("wagtail_localize")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    return permission


def grant(apps, schema_editor):
    permission = _permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    permission = _permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0009_translations"),
        ("wagtailcore", "0002_initial_data"),  # makes the Editors and Moderators groups
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
