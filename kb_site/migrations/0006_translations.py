"""A column per language for product groups and criteria (django-modeltranslation).

The existing English values move into `*_en`; the hand-made `name_lv` column is kept as it is
(modeltranslation's Latvian name has the same name), its empty values made NULL so that the
unique constraint allows several groups without a Latvian name.
"""

from django.db import migrations, models
from django.db.models import F

COPIED = {"ProductGroup": ("name", "description"), "Criterion": ("text", "verification")}


def copy_to_english(apps, schema_editor):
    for model_name, fields in COPIED.items():
        model = apps.get_model("kb_site", model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})
    apps.get_model("kb_site", "ProductGroup").objects.filter(name_lv="").update(name_lv=None)


def copy_back(apps, schema_editor):
    for model_name, fields in COPIED.items():
        model = apps.get_model("kb_site", model_name)
        for field in fields:
            model.objects.exclude(**{f"{field}_en": None}).update(**{field: F(f"{field}_en")})
    apps.get_model("kb_site", "ProductGroup").objects.filter(name_lv=None).update(name_lv="")


class Migration(migrations.Migration):

    dependencies = [
        ('kb_site', '0005_site_domain'),
    ]

    operations = [
        migrations.AddField(
            model_name='criterion',
            name='text_en',
            field=models.TextField(null=True, verbose_name='criterion'),
        ),
        migrations.AddField(
            model_name='criterion',
            name='text_lv',
            field=models.TextField(null=True, verbose_name='criterion'),
        ),
        migrations.AddField(
            model_name='criterion',
            name='verification_en',
            field=models.TextField(blank=True, null=True, verbose_name='verification'),
        ),
        migrations.AddField(
            model_name='criterion',
            name='verification_lv',
            field=models.TextField(blank=True, null=True, verbose_name='verification'),
        ),
        migrations.AddField(
            model_name='productgroup',
            name='description_en',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='productgroup',
            name='description_lv',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='productgroup',
            name='name_en',
            field=models.CharField(max_length=120, null=True, unique=True, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='productgroup',
            name='name',
            field=models.CharField(max_length=120, unique=True, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='productgroup',
            name='name_lv',
            field=models.CharField(blank=True, max_length=120, null=True, verbose_name='name'),
        ),
        migrations.RunPython(copy_to_english, copy_back),
        migrations.AlterField(
            model_name='productgroup',
            name='name_lv',
            field=models.CharField(max_length=120, null=True, unique=True, verbose_name='name'),
        ),
    ]
