"""The EU GPP product groups, in English and Latvian. Criteria are added by editors (and the
demo loader); the groups themselves are reference data every database needs."""

from django.db import migrations

PRODUCT_GROUPS = [
    ("computers-and-monitors", "Computers and monitors", "Datori un monitori"),
    ("cleaning-products-and-services", "Cleaning products and services",
     "Tīrīšanas līdzekļi un pakalpojumi"),
    ("electricity", "Electricity", "Elektroenerģija"),
    ("food-catering-and-vending", "Food, catering and vending",
     "Pārtika, ēdināšana un tirdzniecības automāti"),
    ("furniture", "Furniture", "Mēbeles"),
    ("imaging-equipment", "Imaging equipment", "Drukas un attēlveidošanas iekārtas"),
    ("indoor-cleaning", "Indoor cleaning", "Iekštelpu uzkopšana"),
    ("office-buildings", "Office buildings", "Biroju ēkas"),
    ("road-design-and-construction", "Road design and construction",
     "Ceļu projektēšana un būvniecība"),
    ("road-lighting-and-traffic-signals", "Road lighting and traffic signals",
     "Ielu apgaismojums un satiksmes signāli"),
    ("road-transport", "Road transport", "Autotransports"),
    ("textiles", "Textiles", "Tekstilizstrādājumi"),
    ("paints-and-road-markings", "Paints and road markings", "Krāsas un ceļa apzīmējumi"),
    ("data-centres", "Data centres", "Datu centri"),
    ("water-based-heaters", "Water-based heaters", "Ūdens sildītāji"),
    ("gardening-and-public-space-maintenance", "Gardening and public space maintenance",
     "Dārzkopība un publiskās ārtelpas uzturēšana"),
]  # fmt: skip


def load(apps, schema_editor):
    ProductGroup = apps.get_model("kb_site", "ProductGroup")
    for order, (slug, name, name_lv) in enumerate(PRODUCT_GROUPS, start=1):
        ProductGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_lv": name_lv, "sort_order": order}
        )


def unload(apps, schema_editor):
    slugs = [slug for slug, *_ in PRODUCT_GROUPS]
    apps.get_model("kb_site", "ProductGroup").objects.filter(slug__in=slugs).delete()


class Migration(migrations.Migration):
    dependencies = [("kb_site", "0003_product_groups")]
    operations = [migrations.RunPython(load, unload)]
