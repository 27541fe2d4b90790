"""Translations go through the same review as new pages.

wagtail-localize's translation editor only publishes (for those who may) and keeps the other
editors' strings aside; these save them as a draft of the translated page and submit it to
the page's workflow, where a moderator approves it and it goes live."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def synced_translation(page: Page) -> Translation | None:
    """The translation wagtail-localize keeps `page` in sync with, if `page` is one."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_publish_translation(user, page: Page) -> bool:
    """Publishing a translation straight away is publishing the page: only for publishers."""
    return page.permissions_for_user(user).can_publish()


@transaction.atomic
def translation_save_draft(*, translation: Translation, user) -> Page:
    """A new revision of the translated page with the strings translated so far (the source's
    words where a string is not), leaving what is live untouched."""
    page = translation.get_target_instance().specific
    if not page.live:
        # Never published: the page itself is the draft, as in Wagtail's own editor.
        translation.save_target(user=user, publish=False)
        return page.__class__.objects.get(pk=page.pk)
    # Live: save_target(publish=False) would write the new words into the live page's row.
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    draft.save_revision(user=user, log_action=True)
    return draft


@transaction.atomic
def translation_submit_for_review(*, translation: Translation, user) -> WorkflowState:
    """Save the draft and put it in the page's workflow, as Wagtail's "Submit" does: a
    workflow sent back for changes resumes, one in progress restarts with the new draft."""
    page = translation_save_draft(translation=translation, user=user)
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(_("This page has no review workflow."))
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if state is not None:
        if not state.user_can_cancel(user):
            raise PermissionDenied
        state.cancel(user=user)
    return workflow.start(page, user)
