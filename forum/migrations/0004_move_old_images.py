"""Forum images uploaded before 0003 sit under MEDIA_ROOT with their uploaded names, public
whatever their thread. Move each into private storage under a name the server makes, give it to
the first post that shows it, and point the posts (and their revisions) at the checked view."""

import os

from django.conf import settings
from django.core.files import File
from django.db import migrations, transaction
from django.utils.encoding import filepath_to_uri


def move_old_images(apps, schema_editor):
    from kb_site.storage import private_storage

    PostImage = apps.get_model("forum", "PostImage")
    Post = apps.get_model("forum", "Post")
    PostRevision = apps.get_model("forum", "PostRevision")
    moved = []
    for image in PostImage.objects.filter(post=None).exclude(image=""):
        old_path = os.path.join(settings.MEDIA_ROOT, image.image.name)
        if not os.path.isfile(old_path):
            continue  # already moved (its name is under PRIVATE_MEDIA_ROOT) or gone
        old_url = settings.MEDIA_URL + filepath_to_uri(image.image.name)
        # The view's address (forum.urls "image"), written out: a migration outlives URLconfs.
        new_url = f"/{settings.LANGUAGE_CODE}/forum/images/{image.key}/"
        with open(old_path, "rb") as file:
            image.image.name = private_storage.save("forum/images/old", File(file))
        posts = Post.objects.filter(body__contains=old_url).order_by("created", "pk")
        image.post = posts.filter(author_id=image.uploaded_by_id).first() or posts.first()
        image.save(update_fields=["image", "post"])
        for post in posts:
            post.body = post.body.replace(old_url, new_url)
            post.body_html = post.body_html.replace(old_url, new_url)
            post.save(update_fields=["body", "body_html"])
        for revision in PostRevision.objects.filter(body__contains=old_url):
            revision.body = revision.body.replace(old_url, new_url)
            revision.save(update_fields=["body"])
        moved.append(old_path)
    # The old files go only once the rows pointing at their copies are committed: a failure on
    # a later image rolls the rows back to the old names, which must still be there. (Until
    # then /media/ does not serve the forum's folder anyway: kb_site/media.py.)
    transaction.on_commit(lambda: [os.remove(path) for path in moved])


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0003_post_image_private"),
    ]

    operations = [migrations.RunPython(move_old_images, migrations.RunPython.noop)]
