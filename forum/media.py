"""Images of forum posts, served to whoever may read the post now.

The check is made at every request against the post's current thread, so an image follows its
thread when a moderator moves it into a working group, hides it or merges it; those who may not
read the post get the same 404 as for the thread. The URL holds only the image's random key.
"""

from django.http import Http404

from kb_site.media import file_response

from . import selectors
from .models import PostImage


def post_image(request, key):
    image = PostImage.objects.filter(key=key).only("image", "post_id").first()
    if image is None or image.post_id is None:
        raise Http404
    selectors.post_for(pk=image.post_id, user=request.user)  # 404 unless they may read it
    try:
        file = image.image.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    # `private`: a shared cache must not keep an image its next reader may not see.
    return file_response(file, image.image.name, cache="private, max-age=600")
