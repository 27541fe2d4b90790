"""Django's sites framework (used by e-mails, feeds and comments) names this site, not
example.com. The domain comes from SITE_URL; kb_site/sites.py sets it again after every migrate."""

from urllib.parse import urlparse

from django.conf import settings
from django.db import migrations


def name_site(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    domain = urlparse(settings.SITE_URL).netloc or "localhost"
    Site.objects.update_or_create(
        pk=getattr(settings, "SITE_ID", 1), defaults={"domain": domain, "name": "GPP Commons"}
    )


class Migration(migrations.Migration):
    dependencies = [("kb_site", "0004_load_product_groups"), ("sites", "0002_alter_domain_unique")]
    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
