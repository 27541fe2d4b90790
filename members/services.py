"""Writes for people and organisations. Views, commands and the demo loader all call these."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from kb_site.mail import email_enqueue

from .models import (
    Evidence,
    Invitation,
    JoinRequest,
    MarketResearch,
    MemberProfile,
    Membership,
    Notification,
    Organisation,
    OrganisationChange,
    SupplierOffer,
    SupportUnit,
    User,
    WorkingGroup,
    WorkingGroupDocument,
    WorkingGroupMember,
)
from .notifications import render, storable


def user_update_profile(
    *,
    user: User,
    display_name: str,
    preferred_language: str,
    first_name: str | None = None,
    last_name: str | None = None,
) -> User:
    user.display_name = display_name.strip()
    user.preferred_language = preferred_language
    if first_name is not None:
        user.first_name = first_name.strip()
    if last_name is not None:
        user.last_name = last_name.strip()
    user.full_clean(exclude=["password"])
    user.save()
    return user


@transaction.atomic
def organisation_upsert(
    *,
    slug: str,
    name: str,
    kind: str,
    country: str,
    region: str = "",
    website: str = "",
    description_en: str = "",
    description_lv: str = "",
    is_public: bool = True,
) -> tuple[Organisation, bool]:
    """Create the organisation, or bring an existing one with this slug up to date.

    An organisation that already says all this is not saved again, so loading twice changes
    nothing (not even `updated_at`). The description may be in either language or both.
    """
    return _upsert(
        Organisation,
        slug=slug,
        values={
            "name": name,
            "kind": kind,
            "country": country.upper(),
            "region": region,
            "website": website,
            "description_en": description_en,
            "description_lv": description_lv,
            "is_public": is_public,
        },
    )


def membership_set(*, user: User, organisation: Organisation, role: str) -> Membership:
    """Give the user this role in the organisation (idempotent)."""
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.full_clean()
        membership.save(update_fields=["role", "updated_at"])
    return membership


# Fields an organisation admin may change on the site; each change is written to the history.
# The description has a column per language (members/translation.py).
ORGANISATION_EDITABLE_FIELDS = (
    "name", "region", "address", "website", "logo", "description_en", "description_lv",
    "contact_email", "contact_phone", "is_public",
)  # fmt: skip


@transaction.atomic
def organisation_update(*, organisation: Organisation, actor: User, data: dict) -> list[str]:
    """Apply an admin's edit; return the names of the fields that changed."""
    changed = []
    before = {}
    for field in ORGANISATION_EDITABLE_FIELDS:
        if field not in data:
            continue
        old, new = getattr(organisation, field), data[field]
        if field == "logo":
            if new is None or new == old:  # no new upload
                continue
            if new is False:  # "clear" ticked
                new = ""
        if _same(old, new):
            continue
        before[field] = _text(old)
        setattr(organisation, field, new)
        changed.append(field)
    if not changed:
        return []
    organisation.full_clean()
    organisation.save()
    _log(
        organisation,
        actor,
        "profile_edited",
        **{
            field: {"from": before[field], "to": _text(getattr(organisation, field))}
            for field in changed
        },
    )
    return changed


def _text(value) -> str:
    return "" if value is None else str(value)


def _same(old, new) -> bool:
    """A missing translation is NULL in one place and "" in another: both mean "not written"."""
    return old == new or (old in (None, "") and new in (None, ""))


def _upsert(model, *, slug: str, values: dict):
    """Create the row with this slug, or update it only where it differs (idempotent)."""
    instance = model.objects.filter(slug=slug).first() or model(slug=slug)
    created = instance.pk is None
    if created or not all(_same(getattr(instance, k), v) for k, v in values.items()):
        for field, value in values.items():
            setattr(instance, field, value)
        instance.full_clean()
        instance.save()
    return instance, created


def working_group_upsert(
    *,
    slug: str,
    name_en: str,
    name_lv: str = "",
    country: str,
    region: str,
    description_en: str = "",
    description_lv: str = "",
) -> tuple[WorkingGroup, bool]:
    return _upsert(
        WorkingGroup,
        slug=slug,
        values={
            "name_en": name_en, "name_lv": name_lv, "country": country, "region": region,
            "description_en": description_en, "description_lv": description_lv,
        },
    )  # fmt: skip


def working_group_member_set(*, group: WorkingGroup, user: User, is_coordinator: bool) -> bool:
    seat, created = WorkingGroupMember.objects.get_or_create(
        group=group, user=user, defaults={"is_coordinator": is_coordinator}
    )
    if not created and seat.is_coordinator != is_coordinator:
        seat.is_coordinator = is_coordinator
        seat.save(update_fields=["is_coordinator", "updated_at"])
    return created


def support_unit_upsert(
    *,
    slug: str,
    name_en: str,
    name_lv: str = "",
    host: Organisation,
    services_en: str = "",
    services_lv: str = "",
    contact_email: str = "",
) -> tuple[SupportUnit, bool]:
    return _upsert(
        SupportUnit,
        slug=slug,
        values={
            "name_en": name_en, "name_lv": name_lv, "host": host, "services_en": services_en,
            "services_lv": services_lv, "contact_email": contact_email,
        },
    )  # fmt: skip


@transaction.atomic
def member_profile_update(
    *, user: User, is_public: bool, country: str, bio: str, expertise, avatar=None
) -> MemberProfile:
    profile = MemberProfile.objects.get_or_create(user=user)[0]
    profile.is_public, profile.country, profile.bio = is_public, country, bio.strip()
    if avatar is False:  # "clear" ticked
        profile.avatar = ""
    elif avatar:
        profile.avatar = avatar
    profile.full_clean()
    profile.save()
    profile.expertise.set(expertise)
    return profile


def member_profile_set(
    *, user: User, is_public: bool, country: str = "", bio: str = ""
) -> MemberProfile:
    profile, created = MemberProfile.objects.get_or_create(
        user=user, defaults={"is_public": is_public, "country": country, "bio": bio}
    )
    if not created and (profile.is_public, profile.country, profile.bio) != (
        is_public,
        country,
        bio,
    ):
        profile.is_public, profile.country, profile.bio = is_public, country, bio
        profile.full_clean()
        profile.save()
    return profile


# --- people joining and leaving an organisation ----------------------------------------------

INVITATION_LIFETIME = timedelta(days=14)


class MembershipError(Exception):
    """A change the rules do not allow; `message` is shown to the person who tried."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def notify(
    *, user: User, message: str = "", params: dict | None = None, text: str = "", url: str = ""
) -> Notification:
    """Tell a member something in the site (the header counts what is unread).

    ``message`` is the English text, marked with gettext_noop, and ``params`` its values: the
    notifications page translates it into the reader's language when it is read
    (members/notifications.py). ``text`` is filled with it in the recipient's preferred
    language, for the e-mail that goes with it; a caller without a message gives ``text``.
    """
    params = storable(params)
    if message:
        with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
            text = render(message, params)
    return Notification.objects.create(
        user=user, message=message, params=params, text=text[:300], url=url
    )


def organisation_admins(*, organisation: Organisation) -> list[User]:
    return list(
        User.objects.filter(
            memberships__organisation=organisation,
            memberships__role=Membership.Role.ADMIN,
            is_active=True,
        )
    )


def _log(organisation: Organisation, actor: User | None, action: str, **details) -> None:
    OrganisationChange.objects.create(
        organisation=organisation, actor=actor, action=action, details=details
    )


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, email: str, role: str, invited_by: User
) -> Invitation:
    email = email.strip().lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise MembershipError(_("%(email)s is already a member.") % {"email": email})
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        token=secrets.token_urlsafe(32),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    invitation.full_clean()
    invitation.save()
    _log(organisation, invited_by, "invited", email=email, role=role)
    accept_path = reverse("members:invitation_accept", kwargs={"token": invitation.token})
    context = {
        "invitation": invitation,
        "accept_url": f"{settings.SITE_URL}{accept_path}",
        "inviter": invited_by.get_full_name(),
    }
    message = EmailMessage(
        subject=render_to_string("members/email/invitation_subject.txt", context).strip(),
        body=render_to_string("members/email/invitation_message.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
    )
    # Sent after the commit, so an invitation that was rolled back never goes out.
    transaction.on_commit(lambda: email_enqueue(message=message))
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user: User) -> Membership:
    invitation = (
        Invitation.objects.select_for_update().select_related("organisation").filter(token=token)
    ).first()
    if invitation is None:
        raise MembershipError(_("This invitation link is not valid."))
    if invitation.accepted_at is not None:
        raise MembershipError(_("This invitation has already been used."))
    if invitation.expires_at <= timezone.now():
        raise MembershipError(
            _("This invitation expired. Ask %(organisation)s for a new one.")
            % {"organisation": invitation.organisation.name}
        )
    membership = membership_set(
        user=user, organisation=invitation.organisation, role=invitation.role
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    _log(invitation.organisation, user, "joined_by_invitation", email=user.email)
    return membership


def join_request_create(
    *, organisation: Organisation, user: User, message: str = ""
) -> JoinRequest:
    if Membership.objects.filter(organisation=organisation, user=user).exists():
        raise MembershipError(_("You are already a member of this organisation."))
    if JoinRequest.objects.filter(
        organisation=organisation, user=user, status=JoinRequest.Status.PENDING
    ).exists():
        raise MembershipError(_("You have already asked to join; an admin will answer soon."))
    request = JoinRequest(organisation=organisation, user=user, message=message.strip())
    request.full_clean()
    request.save()
    _log(organisation, user, "join_requested")
    people = reverse("members:organisation_people", kwargs={"slug": organisation.slug})
    for admin in organisation_admins(organisation=organisation):
        notify(
            user=admin,
            message=gettext_noop("%(name)s asks to join %(organisation)s."),
            params={"name": user.get_full_name(), "organisation": organisation.name},
            url=people,
        )
    return request


@transaction.atomic
def join_request_decide(*, join_request: JoinRequest, actor: User, approve: bool) -> JoinRequest:
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != JoinRequest.Status.PENDING:
        raise MembershipError(_("This request has already been answered."))
    join_request.status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.DECLINED
    join_request.decided_by = actor
    join_request.save(update_fields=["status", "decided_by", "updated_at"])
    if approve:
        membership_set(
            user=join_request.user,
            organisation=join_request.organisation,
            role=Membership.Role.MEMBER,
        )
    notify(
        user=join_request.user,
        message=(
            gettext_noop("You are now a member of %(organisation)s.")
            if approve
            else gettext_noop("Your request to join %(organisation)s was declined.")
        ),
        params={"organisation": join_request.organisation.name},
        url=reverse("members:organisation_detail", kwargs={"slug": join_request.organisation.slug}),
    )
    _log(
        join_request.organisation,
        actor,
        "join_request_approved" if approve else "join_request_declined",
        email=join_request.user.email,
    )
    return join_request


def _is_last_admin(membership: Membership) -> bool:
    return (
        membership.role == Membership.Role.ADMIN
        and not Membership.objects.filter(
            organisation_id=membership.organisation_id, role=Membership.Role.ADMIN
        )
        .exclude(pk=membership.pk)
        .exists()
    )


@transaction.atomic
def membership_remove(*, membership: Membership, actor: User) -> None:
    if _is_last_admin(membership):
        raise MembershipError(
            _("An organisation needs at least one admin: make someone else admin first.")
        )
    _log(membership.organisation, actor, "member_removed", email=membership.user.email)
    membership.delete()


@transaction.atomic
def membership_change_role(*, membership: Membership, role: str, actor: User) -> Membership:
    if role == membership.role:
        return membership
    if _is_last_admin(membership):
        raise MembershipError(
            _("An organisation needs at least one admin: make someone else admin first.")
        )
    _log(
        membership.organisation,
        actor,
        "role_changed",
        email=membership.user.email,
        role={"from": membership.role, "to": role},
    )
    membership.role = role
    membership.full_clean()
    membership.save(update_fields=["role", "updated_at"])
    return membership


# --- supplier catalogue ---------------------------------------------------------------------


# What an offer's form and the demo write; title and description in both languages.
OFFER_FIELDS = (
    "title_en", "title_lv", "description_en", "description_lv", "product_group", "country",
    "regions", "valid_until",
)  # fmt: skip


@transaction.atomic
def offer_save(
    *, organisation: Organisation, actor: User, data: dict, offer: SupplierOffer | None = None
) -> SupplierOffer:
    """Create or update a supplier's offer; criteria must belong to the offer's product group."""
    if organisation.kind not in Organisation.SUPPLIER_KINDS:
        raise MembershipError(_("Only manufacturers and service providers publish offers."))
    criteria = list(data.get("criteria") or [])
    product_group = data["product_group"]
    if any(criterion.product_group_id != product_group.pk for criterion in criteria):
        raise MembershipError(_("Choose only criteria of the offer's product group."))
    offer = offer or SupplierOffer(organisation=organisation)
    created = offer.pk is None
    for field in OFFER_FIELDS:
        if field in data:
            setattr(offer, field, data[field])
    offer.full_clean()
    offer.save()
    offer.criteria.set(criteria)
    _log(organisation, actor, "offer_added" if created else "offer_edited", offer=offer.title)
    return offer


@transaction.atomic
def evidence_add(*, offer: SupplierOffer, actor: User, data: dict) -> Evidence:
    evidence = Evidence(offer=offer, **data)
    evidence.full_clean()
    evidence.save()
    _log(offer.organisation, actor, "evidence_added", offer=offer.title, evidence=evidence.name)
    return evidence


@transaction.atomic
def evidence_verify(*, evidence: Evidence, actor: User) -> Evidence:
    """An editor or support-unit staff member has checked the evidence."""
    if evidence.valid_until < timezone.localdate():
        raise MembershipError(
            _("This evidence expired on %(date)s: ask the supplier for a current one.")
            % {"date": date_format(evidence.valid_until, "DATE_FORMAT")}
        )
    evidence.verified_by = actor
    evidence.verified_at = timezone.now()
    evidence.save(update_fields=["verified_by", "verified_at", "updated_at"])
    _log(
        evidence.offer.organisation,
        actor,
        "evidence_verified",
        offer=evidence.offer.title,
        evidence=evidence.name,
    )
    return evidence


@transaction.atomic
def market_research_record(*, support_unit: SupportUnit, actor: User, data: dict) -> MarketResearch:
    record = MarketResearch(support_unit=support_unit, recorded_by=actor, **data)
    record.full_clean()
    record.save()
    return record


@transaction.atomic
def working_group_document_add(
    *, group: WorkingGroup, actor: User, title: str, file
) -> WorkingGroupDocument:
    document = WorkingGroupDocument(group=group, uploaded_by=actor, title=title.strip(), file=file)
    document.full_clean()
    document.save()
    return document
