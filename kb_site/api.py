"""Wagtail's read-only API v2: published pages, images and documents, for reuse as open data.

The API is public and reads as a visitor who is not logged in, whoever asks: it takes no
password (Django REST framework would otherwise accept HTTP Basic, a password guessed as
often as asked, with no second factor) and no session, so a member's restricted pages never
show in it, nor in the page cache that keeps its answers for everyone.
"""

from django.db.models import CharField, TextField
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .converters import out_of_range

# Query parameters whose values are free text: a long number there is a search, not an id.
TEXT_PARAMETERS = {"search", "search_operator", "fields", "order", "html_path", "type"}


class PublicReadAPI:
    """What each endpoint adds to Wagtail's viewset."""

    authentication_classes = []  # no password, no session: everyone is anonymous here
    permission_classes = [AllowAny]

    @classmethod
    def get_urlpatterns(cls):
        # Wagtail's `<int:pk>` takes an id no column holds (a database error, so a 500).
        return [
            path(str(pattern.pattern).replace("<int:", "<id:"), pattern.callback, name=pattern.name)
            for pattern in super().get_urlpatterns()
        ]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Wagtail reads offset, limit, child_of, descendant_of... and integer field filters
        # with int(): one too big for the database went on to it and failed there.
        for name, value in request.GET.items():
            if name in TEXT_PARAMETERS or self._is_text_field(name):
                continue
            if out_of_range(value):
                raise BadRequestError(_("%(name)s is too large") % {"name": name})

    def _is_text_field(self, name: str) -> bool:
        field = next((f for f in self.model._meta.get_fields() if f.name == name), None)
        return isinstance(field, CharField | TextField)


class PagesAPI(PublicReadAPI, PagesAPIViewSet):
    pass


class ImagesAPI(PublicReadAPI, ImagesAPIViewSet):
    pass


class DocumentsAPI(PublicReadAPI, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
