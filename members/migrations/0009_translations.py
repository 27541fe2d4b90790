"""A column per language for what members read (django-modeltranslation); the existing
values, written in English, move into `*_en`."""

from django.db import migrations, models
from django.db.models import F

COPIED = {
    "WorkingGroup": ("name", "description"),
    "SupportUnit": ("name", "services"),
    "Organisation": ("description",),
    "SupplierOffer": ("title", "description"),
}


def copy_to_english(apps, schema_editor):
    for model_name, fields in COPIED.items():
        model = apps.get_model("members", model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})


def copy_back(apps, schema_editor):
    for model_name, fields in COPIED.items():
        model = apps.get_model("members", model_name)
        for field in fields:
            model.objects.exclude(**{f"{field}_en": None}).update(**{field: F(f"{field}_en")})


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0008_working_group_documents'),
    ]

    operations = [
        migrations.AddField(
            model_name='organisation',
            name='description_en',
            field=models.TextField(blank=True, help_text='What the organisation does for GPP. Markdown: **bold**, lists, links.', null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='organisation',
            name='description_lv',
            field=models.TextField(blank=True, help_text='What the organisation does for GPP. Markdown: **bold**, lists, links.', null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='supplieroffer',
            name='description_en',
            field=models.TextField(blank=True, help_text='Markdown: **bold**, lists, links.', null=True, verbose_name='products or services'),
        ),
        migrations.AddField(
            model_name='supplieroffer',
            name='description_lv',
            field=models.TextField(blank=True, help_text='Markdown: **bold**, lists, links.', null=True, verbose_name='products or services'),
        ),
        migrations.AddField(
            model_name='supplieroffer',
            name='title_en',
            field=models.CharField(max_length=200, null=True, verbose_name='offer'),
        ),
        migrations.AddField(
            model_name='supplieroffer',
            name='title_lv',
            field=models.CharField(max_length=200, null=True, verbose_name='offer'),
        ),
        migrations.AddField(
            model_name='supportunit',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='supportunit',
            name='name_lv',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='supportunit',
            name='services_en',
            field=models.TextField(blank=True, null=True, verbose_name='services'),
        ),
        migrations.AddField(
            model_name='supportunit',
            name='services_lv',
            field=models.TextField(blank=True, null=True, verbose_name='services'),
        ),
        migrations.AddField(
            model_name='workinggroup',
            name='description_en',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='workinggroup',
            name='description_lv',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='workinggroup',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='workinggroup',
            name='name_lv',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.RunPython(copy_to_english, copy_back),
    ]
