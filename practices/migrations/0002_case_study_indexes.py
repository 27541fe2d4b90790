"""The case-study index under each home page, so every database has the section."""

import uuid

from django.db import migrations

INDEX = {
    "en": ("Good practices", "case-studies",
           "Real green tenders from across Europe: what was bought, which criteria were used "
           "and what it achieved. Bad practices are here too, because they teach as much."),
    "lv": ("Labās prakses piemēri", "labas-prakses",
           "Īsti zaļie iepirkumi no visas Eiropas: kas tika iepirkts, kādi kritēriji izmantoti "
           "un kas sasniegts. Šeit ir arī sliktās prakses piemēri, jo arī no tiem var mācīties."),
}  # fmt: skip


def create(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("kb_site.HomePage")
    Index = apps.get_model("practices.CaseStudyIndexPage")
    if Index.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="practices", model="casestudyindexpage"
    )
    translation_key = uuid.uuid4()
    for home in HomePage.objects.select_related("locale"):
        title, slug, intro = INDEX.get(home.locale.language_code, INDEX["en"])
        position = home.numchild + 1
        Index.objects.create(
            title=title, draft_title=title, slug=slug, intro=intro,
            content_type=content_type, path=f"{home.path}{position:04d}", depth=home.depth + 1,
            numchild=0, url_path=f"{home.url_path}{slug}/", locale_id=home.locale_id,
            translation_key=translation_key, live=True,
        )  # fmt: skip
        home.numchild = position
        home.save(update_fields=["numchild"])


def remove(apps, schema_editor):
    apps.get_model("practices.CaseStudyIndexPage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial"), ("kb_site", "0004_load_product_groups")]
    operations = [migrations.RunPython(create, remove)]
