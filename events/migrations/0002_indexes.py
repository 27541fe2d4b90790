"""The news and event indexes under each home page, so every database has the section."""

import uuid

from django.db import migrations

INDEXES = {
    "newsindexpage": {
        "en": ("News", "news",
               "Round tables announced, webinars reported, and what the GPP network is doing."),
        "lv": ("Jaunumi", "jaunumi",
               "Apaļā galda sanāksmju paziņojumi, vebināru pārskati un ZPI tīkla jaunumi."),
    },
    "eventindexpage": {
        "en": ("Events", "events",
               "Round tables of the working groups, international webinars, trainings and "
               "supplier days. Register, add them to your calendar, get the materials."),
        "lv": ("Pasākumi", "pasakumi",
               "Darba grupu apaļā galda sanāksmes, starptautiski vebināri, apmācības un "
               "piegādātāju dienas. Piesakieties, pievienojiet kalendāram, saņemiet materiālus."),
    },
}  # fmt: skip


def _step(number: int) -> str:
    """A tree path step as django-treebeard writes it: base 36, four characters."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text.rjust(4, "0")


def create(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("kb_site.HomePage")
    Page = apps.get_model("wagtailcore.Page")
    for model_name, texts in INDEXES.items():
        Index = apps.get_model("events", model_name)
        if Index.objects.exists():
            continue
        content_type, _ = ContentType.objects.get_or_create(app_label="events", model=model_name)
        translation_key = uuid.uuid4()
        for home in HomePage.objects.select_related("locale"):
            title, slug, intro = texts.get(home.locale.language_code, texts["en"])
            # After the last existing child (numchild may be stale after deletions).
            last = (
                Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            position = int(last[-4:], 36) + 1 if last else 1
            Index.objects.create(
                title=title, draft_title=title, slug=slug, intro=intro,
                content_type=content_type, path=f"{home.path}{_step(position)}",
                depth=home.depth + 1, numchild=0, url_path=f"{home.url_path}{slug}/",
                locale_id=home.locale_id, translation_key=translation_key, live=True,
            )  # fmt: skip
            home.numchild += 1
            home.save(update_fields=["numchild"])


def remove(apps, schema_editor):
    apps.get_model("events.NewsIndexPage").objects.all().delete()
    apps.get_model("events.EventIndexPage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("kb_site", "0005_site_domain"),
    ]
    operations = [migrations.RunPython(create, remove)]
