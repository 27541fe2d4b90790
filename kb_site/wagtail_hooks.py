from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views import convert, update_translations

from . import translation_review
from .taxonomy import ProductGroup


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "tag"
    menu_label = _("Product groups")
    add_to_admin_menu = True
    menu_order = 250
    # The panels (both languages of name, description and criteria) are on the model.
    list_display = ["name_en", "name_lv", "slug"]
    search_fields = ["name_en", "name_lv", "description_en", "description_lv"]


register_snippet(ProductGroupViewSet)


# Translations (wagtail-localize) go through review like new pages: see translation_review.
@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's translation editor
def translation_review_actions(request, page):
    """The translation editor's "Save draft" and "Submit for moderation" buttons (our
    template adds them; wagtail-localize's editor itself can only publish)."""
    if request.method != "POST":
        return None
    submitting = "translation-submit" in request.POST
    if not submitting and "translation-save-draft" not in request.POST:
        return None
    translation = translation_review.synced_translation(page)
    if translation is None:
        return None
    # The edit view has checked that the user may edit the page before running the hooks.
    try:
        if submitting:
            translation_review.translation_submit_for_review(
                translation=translation, user=request.user
            )
            messages.success(
                request,
                _("The translation '%(title)s' has been submitted for moderation.")
                % {"title": page.get_admin_display_title()},
            )
        else:
            translation_review.translation_save_draft(translation=translation, user=request.user)
            messages.success(request, _("The translation has been saved as a draft."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("wagtailadmin_pages:edit", page.pk)


class ReviewedUpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages" without its "Publish immediately" for those who may not publish
    every translation: theirs are updated and go live through review."""

    def may_publish(self):
        targets = [t.get_target_instance() for t in self.object.translations.filter(enabled=True)]
        return all(
            translation_review.can_publish_translation(self.request.user, target)
            for target in targets
            if isinstance(target, Page)
        )

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


def convert_to_alias(request, page_id):
    """An alias shows its source as it is, live at once: converting is publishing."""
    page = get_object_or_404(Page, id=page_id)
    if not translation_review.can_publish_translation(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


@hooks.register("register_admin_urls", order=-1)  # matched before wagtail-localize's own
def reviewed_translation_urls():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            ReviewedUpdateTranslationsView.as_view(),
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias),
    ]
