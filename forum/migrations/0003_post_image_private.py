import uuid

import django.db.models.deletion
from django.db import migrations, models

import forum.models
import members.validators


def give_keys(apps, schema_editor):
    PostImage = apps.get_model("forum", "PostImage")
    for image in PostImage.objects.filter(key__isnull=True).only("pk"):
        image.key = uuid.uuid4()
        image.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0002_post_image"),
    ]

    operations = [
        migrations.AddField(
            model_name="postimage",
            name="key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(give_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="postimage",
            name="key",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AddField(
            model_name="postimage",
            name="post",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="images",
                to="forum.post",
                verbose_name="post",
            ),
        ),
        migrations.AlterField(
            model_name="postimage",
            name="image",
            field=models.ImageField(
                storage=forum.models._private_storage,
                upload_to="forum/images/",
                validators=[members.validators.validate_image],
                verbose_name="image",
            ),
        ),
    ]
