"""The Latvian index intros said "sanākšana" (the act of gathering) for a round-table meeting,
"sanāksme"; a database made before 0002 was corrected gets the right words, unless an editor
has rewritten the intro since."""

from django.db import migrations

FIXES = {
    "newsindexpage": (
        "Apaļā galda sanākšanu paziņojumi, vebināru pārskati un ZPI tīkla jaunumi.",
        "Apaļā galda sanāksmju paziņojumi, vebināru pārskati un ZPI tīkla jaunumi.",
    ),
    "eventindexpage": (
        "Darba grupu apaļā galda sanākšanas, starptautiski vebināri, apmācības un "
        "piegādātāju dienas. Piesakieties, pievienojiet kalendāram, saņemiet materiālus.",
        "Darba grupu apaļā galda sanāksmes, starptautiski vebināri, apmācības un "
        "piegādātāju dienas. Piesakieties, pievienojiet kalendāram, saņemiet materiālus.",
    ),
}


def forward(apps, schema_editor):
    for model_name, (old, new) in FIXES.items():
        apps.get_model("events", model_name).objects.filter(intro=old).update(intro=new)


def backward(apps, schema_editor):
    for model_name, (old, new) in FIXES.items():
        apps.get_model("events", model_name).objects.filter(intro=new).update(intro=old)


class Migration(migrations.Migration):
    dependencies = [("events", "0004_event_time_zone_any_iana")]

    operations = [migrations.RunPython(forward, backward)]
