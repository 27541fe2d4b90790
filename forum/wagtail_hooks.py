"""Forum categories are managed in the Wagtail admin (the site exposes no Django admin)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "group"
    menu_label = _("Forum categories")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "kind", "parent", "working_group", "support_unit", "position"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_lv", "description_en", "description_lv"]
    # Name and description in both languages (forum/translation.py); Latvian may stay empty.
    panels = [
        FieldPanel("name_en"),
        FieldPanel("name_lv"),
        FieldPanel("slug"),
        FieldPanel("description_en"),
        FieldPanel("description_lv"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("working_group"),
        FieldPanel("support_unit"),
        FieldPanel("position"),
    ]


register_snippet(CategoryViewSet)
