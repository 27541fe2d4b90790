"""The strategy and resource indexes under each home page, so every database has them."""

import uuid

from django.db import migrations

INDEXES = {
    "strategyindexpage": {
        "en": ("Support-unit strategies", "strategies",
               "How the GPP support units in energy agencies plan to help public buyers: their "
               "goals, the actions they planned and how far they have got."),
        "lv": ("Atbalsta vienību stratēģijas", "strategijas",
               "Kā ZPI atbalsta vienības enerģētikas aģentūrās plāno palīdzēt publiskajiem "
               "pircējiem: to mērķi, plānotās darbības un paveiktais."),
    },
    "resourceindexpage": {
        "en": ("Resources", "resources",
               "Tender templates, criteria sheets, guides, trainings and position papers to "
               "reuse in your own green tenders."),
        "lv": ("Resursi", "resursi",
               "Iepirkuma dokumentu paraugi, kritēriju lapas, vadlīnijas, mācību materiāli un "
               "nostājas dokumenti, ko izmantot savos zaļajos iepirkumos."),
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
        Index = apps.get_model("practices", model_name)
        if Index.objects.exists():
            continue
        content_type, _ = ContentType.objects.get_or_create(
            app_label="practices", model=model_name
        )
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
    for model_name in INDEXES:
        apps.get_model("practices", model_name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("practices", "0003_strategies_resources_followers")]
    operations = [migrations.RunPython(create, remove)]
