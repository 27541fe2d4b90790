"""Replace Wagtail's placeholder page with the GPP Commons home page in English and Latvian."""

import uuid

from django.db import migrations

HOME = {
    "en": {
        "title": "Green public procurement, shared",
        "slug": "home",
        "lead": (
            "GPP Commons brings public buyers, energy agencies, regions and green suppliers "
            "together to share what works in green public procurement."
        ),
        "intro": (
            "<p>Green public procurement (GPP) means buying goods, services and works with a "
            "lower impact on the environment. Here you find real tenders and their results, ask "
            "the GPP support units of energy agencies for help, meet your regional working group "
            "and find suppliers whose offers meet GPP criteria.</p>"
        ),
    },
    "lv": {
        "title": "Zaļais publiskais iepirkums — kopīgi",
        "slug": "sakums",
        "lead": (
            "GPP Commons apvieno publiskos iepircējus, enerģētikas aģentūras, reģionus un "
            "“zaļos” piegādātājus, lai dalītos pieredzē par to, kas zaļajā publiskajā iepirkumā "
            "darbojas."
        ),
        "intro": (
            "<p>Zaļais publiskais iepirkums (ZPI) nozīmē iegādāties preces, pakalpojumus un "
            "būvdarbus ar mazāku ietekmi uz vidi. Šeit atradīsiet īstus iepirkumus un to "
            "rezultātus, varēsiet lūgt palīdzību enerģētikas aģentūru ZPI atbalsta "
            "struktūrvienībām, satikt sava reģiona darba grupu un atrast piegādātājus, kuru "
            "piedāvājumi atbilst ZPI kritērijiem.</p>"
        ),
    },
}


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("kb_site.HomePage")

    # Wagtail's own "Welcome" page (and the site pointing at it) is a placeholder.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="kb_site", model="homepage")
    root = Page.objects.get(depth=1)
    translation_key = uuid.uuid4()
    pages = {}
    for position, (language, content) in enumerate(HOME.items(), start=1):
        locale, _ = Locale.objects.get_or_create(language_code=language)
        pages[language] = HomePage.objects.create(
            title=content["title"],
            draft_title=content["title"],
            slug=content["slug"],
            lead=content["lead"],
            intro=content["intro"],
            content_type=content_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{content['slug']}/",
            locale=locale,
            translation_key=translation_key,
            live=True,
        )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": pages["en"], "site_name": "GPP Commons"},
    )


def remove_home_pages(apps, schema_editor):
    apps.get_model("kb_site.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kb_site", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, remove_home_pages)]
