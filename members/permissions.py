"""The one place that answers "may this user do this?" for people and organisations.

Roles come from Wagtail's groups (Editors, Moderators), from Django's staff flag and from
memberships. Views, templates and later the search filter call these functions.
"""

from django.contrib.auth.models import AnonymousUser

from kb_site.fragments import cached

from .models import Membership, Organisation, User

EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"


def _group_names(user: User) -> set[str]:
    # On the user object for the request, and in the cache under the generation between
    # requests (joining or leaving a group is a write): a query on every page otherwise.
    if not hasattr(user, "_group_names_cache"):
        user._group_names_cache = cached(
            "group-names", user.pk, lambda: set(user.groups.values_list("name", flat=True))
        )
    return user._group_names_cache


def is_member(user: User | AnonymousUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def is_editor(user: User | AnonymousUser) -> bool:
    return is_member(user) and (user.is_superuser or EDITORS_GROUP in _group_names(user))


def is_moderator(user: User | AnonymousUser) -> bool:
    return is_member(user) and (user.is_superuser or MODERATORS_GROUP in _group_names(user))


def has_wagtail_admin_access(user: User | AnonymousUser) -> bool:
    """Exactly the check at the gate of Wagtail's admin (the staff flag alone does not open it):
    /admin/login/ turns away a member Wagtail turned away, instead of sending them back."""
    return is_member(user) and user.has_perm("wagtailadmin.access_admin")


def can_open_admin(user: User | AnonymousUser) -> bool:
    """Whether the header links the Wagtail admin: the gate's own answer, so nobody is shown a
    link that leads to a refusal. Django's answer costs two queries; it is kept per user under
    the generation (a change of groups or permissions is a write)."""
    if not is_member(user):
        return False
    return cached("can-open-admin", user.pk, lambda: has_wagtail_admin_access(user))


def can_view_page(user: User | AnonymousUser, page) -> bool:
    """Whether the site shows `page` to `user`: published, in a site (it has an address) and
    let through by every view restriction on it and its ancestors, as Wagtail's serving does.
    A password restriction is passed per browser session, not per user: it counts as closed."""
    from wagtail.models import BaseViewRestriction

    if not page.live or page.get_url() is None:
        return False
    for restriction in page.get_view_restrictions():
        if not is_member(user):
            return False
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.GROUPS and not (
            user.is_superuser or user.groups.filter(pk__in=restriction.groups.all()).exists()
        ):
            return False
        if kind not in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS):
            return False
    return True


def can_edit_organisation(user: User | AnonymousUser, organisation: Organisation) -> bool:
    if not is_member(user):
        return False
    if user.is_staff:
        return True
    return Membership.objects.filter(
        user=user, organisation=organisation, role=Membership.Role.ADMIN
    ).exists()


def can_edit_profile(user: User | AnonymousUser, profile_owner: User) -> bool:
    return is_member(user) and (user.pk == profile_owner.pk or user.is_staff)


def can_view_organisation(user: User | AnonymousUser, organisation: Organisation) -> bool:
    if organisation.is_public:
        return True
    if not is_member(user):
        return False
    return user.is_staff or Membership.objects.filter(user=user, organisation=organisation).exists()


def visible_organisations(queryset, user: User | AnonymousUser):
    """Filter a queryset of organisations down to those this user may see."""
    if is_member(user) and user.is_staff:
        return queryset
    if is_member(user):
        from django.db.models import Q

        return queryset.filter(Q(is_public=True) | Q(memberships__user=user)).distinct()
    return queryset.filter(is_public=True)


def organisation_audience(user: User | AnonymousUser) -> tuple:
    """What ``visible_organisations`` depends on, as a key: readers with the same audience see
    the same organisations, so a fragment of them may be shared. A member of no hidden
    organisation sees what a visitor sees."""
    if is_member(user) and user.is_staff:
        return ("everything",)
    if not is_member(user):
        return ("public",)
    hidden = Membership.objects.filter(user=user, organisation__is_public=False)
    ids = tuple(hidden.order_by("organisation_id").values_list("organisation_id", flat=True))
    return ("public", *ids)


def can_view_organisation_history(user: User | AnonymousUser, organisation: Organisation) -> bool:
    return can_edit_organisation(user, organisation)


def is_organisation_member(user: User | AnonymousUser, organisation: Organisation) -> bool:
    return (
        is_member(user) and Membership.objects.filter(user=user, organisation=organisation).exists()
    )


def can_manage_offers(user: User | AnonymousUser, organisation: Organisation) -> bool:
    """Organisation admins of a supplier (manufacturer, service provider) publish its offers."""
    return organisation.kind in Organisation.SUPPLIER_KINDS and can_edit_organisation(
        user, organisation
    )


def can_verify_evidence(user: User | AnonymousUser) -> bool:
    """Editors, support-unit staff and site staff check suppliers' evidence."""
    if not is_member(user):
        return False
    return user.is_staff or is_editor(user) or user.support_units.exists()


# --- supplier meetings: who is on which side ---------------------------------------------------

BUYER, SUPPLIER, SUPPORT = "buyer", "supplier", "support"


def meeting_role(user: User | AnonymousUser, meeting) -> str | None:
    """The side this user is on in a meeting, or None if the meeting is not theirs to see."""
    if not is_member(user):
        return None
    if meeting.requester_id == user.pk:
        return BUYER
    if Membership.objects.filter(
        user=user, organisation_id=meeting.supplier_id, role=Membership.Role.ADMIN
    ).exists():
        return SUPPLIER
    if user.is_staff or user.support_units.filter(host__country=meeting.supplier.country).exists():
        return SUPPORT
    return None


def can_request_meeting(user: User | AnonymousUser, supplier: Organisation) -> bool:
    return (
        is_member(user)
        and supplier.kind in Organisation.SUPPLIER_KINDS
        and not Membership.objects.filter(user=user, organisation=supplier).exists()
    )


def can_record_market_research(user: User | AnonymousUser, support_unit) -> bool:
    return is_member(user) and (user.is_staff or support_unit.staff.filter(pk=user.pk).exists())


def is_working_group_member(user: User | AnonymousUser, group) -> bool:
    return is_member(user) and group.members.filter(user=user).exists()


def can_read_working_group_documents(user: User | AnonymousUser, group) -> bool:
    return is_member(user) and (user.is_staff or is_working_group_member(user, group))
