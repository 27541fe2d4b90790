"""A column per language for forum categories (django-modeltranslation); the existing
values, all written in English, move into `*_en`."""

from django.db import migrations, models
from django.db.models import F

COPIED = {"Category": ("name", "description")}


def copy_to_english(apps, schema_editor):
    for model_name, fields in COPIED.items():
        model = apps.get_model("forum", model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})


def copy_back(apps, schema_editor):
    for model_name, fields in COPIED.items():
        model = apps.get_model("forum", model_name)
        for field in fields:
            model.objects.exclude(**{f"{field}_en": None}).update(**{field: F(f"{field}_en")})


class Migration(migrations.Migration):

    dependencies = [
        ('forum', '0004_move_old_images'),
    ]

    operations = [
        migrations.AddField(
            model_name='category',
            name='description_en',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='category',
            name='description_lv',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='category',
            name='name_en',
            field=models.CharField(max_length=120, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='category',
            name='name_lv',
            field=models.CharField(max_length=120, null=True, verbose_name='name'),
        ),
        migrations.RunPython(copy_to_english, copy_back),
    ]
