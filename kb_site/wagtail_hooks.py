from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .taxonomy import ProductGroup


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "tag"
    menu_label = _("Product groups")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "name_lv", "slug"]
    search_fields = ["name", "name_lv", "description"]


register_snippet(ProductGroupViewSet)
