import os
from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kb_site.fragments import lazy
from kb_site.media import file_response
from kb_site.taxonomy import ProductGroup

from . import meetings, permissions, services
from .forms import (
    CatalogueFilterForm,
    DirectoryFilterForm,
    EvidenceForm,
    InvitationForm,
    JoinRequestForm,
    MarketResearchForm,
    MeetingAnswerForm,
    MeetingRequestForm,
    MemberProfileForm,
    OfferForm,
    OrganisationForm,
    ProfileForm,
    RoleForm,
    WorkingGroupDocumentForm,
)
from .ical import meetings_calendar
from .models import (
    Evidence,
    Invitation,
    JoinRequest,
    MemberProfile,
    Membership,
    Notification,
    Organisation,
    SupplierMeeting,
    SupplierOffer,
    SupportUnit,
    WorkingGroup,
    WorkingGroupDocument,
)
from .selectors import (
    CatalogueFilters,
    DirectoryFilters,
    calendar_meetings,
    catalogue_cards,
    criteria_matching,
    directory_cards,
    market_research_for,
    meetings_for,
    organisation_directory,
    organisation_history,
    organisation_people,
    organisation_profile,
    supplier_catalogue,
    supplier_offers,
    support_unit_detail,
    support_units_by_country,
    user_memberships,
    working_group_detail,
    working_groups,
)
from .services import organisation_update, user_update_profile

DIRECTORY_PAGE_SIZE = 24


@require_http_methods(["GET", "HEAD", "POST"])
def admin_login(request):
    """/admin/login/, in place of Wagtail's own log-in form, which took a password alone (no
    second factor, no rate limit, no e-mail verification). It reads no credentials: visitors
    go to allauth's log-in with their `next`; a member Wagtail turned away is told so here
    (403) rather than sent back and forth between the admin and the log-in."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtailadmin_home")  # whoever came here wanted the admin
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
    if permissions.has_wagtail_admin_access(request.user):
        return redirect(next_url)
    # Wagtail's gate left its refusal as an error message (in English only): this page says it
    # in the member's language, so that one is not shown; the others are, as on any page.
    shown = [m for m in messages.get_messages(request) if m.level != messages.ERROR]
    return render(request, "members/admin_denied.html", {"messages": shown}, status=403)


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    data = request.POST if request.method == "POST" else None
    profile = MemberProfile.objects.filter(user=request.user).first()
    form = ProfileForm(data, instance=request.user)
    files = request.FILES if data is not None else None
    public_form = MemberProfileForm(data, files, instance=profile, prefix="public")
    if data is not None and form.is_valid() and public_form.is_valid():
        user_update_profile(user=request.user, **form.cleaned_data)
        services.member_profile_update(user=request.user, **public_form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile")
    memberships = list(user_memberships(user=request.user))
    return render(
        request,
        "members/profile_edit.html",
        {"form": form, "public_form": public_form, "memberships": memberships},
    )


def organisation_directory_view(request):
    # Readers with the same audience (visitors and members of no hidden organisation share one)
    # see the same list: the template keeps it as a fragment per audience and query string, and
    # a hit runs none of the queries below.
    return render(
        request,
        "members/organisation_directory.html",
        {
            "listing": lazy(lambda: _directory_listing(request)),
            "audience": permissions.organisation_audience(request.user),
        },
    )


def _directory_listing(request) -> dict:
    groups = list(WorkingGroup.objects.order_by("name").only("slug", "name"))
    form = DirectoryFilterForm(request.GET or None, working_groups=groups)
    filters = DirectoryFilters(**form.cleaned_data) if form.is_valid() else DirectoryFilters()
    organisations = organisation_directory(user=request.user, filters=filters)
    page = Paginator(organisations, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "form": form,
        "page_obj": page,
        "organisations": directory_cards(list(page.object_list)),
        "query": query.urlencode(),
    }


def _organisation_or_404(request, slug: str) -> Organisation:
    try:
        organisation = organisation_profile(slug=slug)
    except Organisation.DoesNotExist:
        raise Http404 from None
    if not permissions.can_view_organisation(request.user, organisation):
        raise Http404  # a hidden organisation does not admit that it exists
    return organisation


def organisation_detail(request, slug: str):
    organisation = _organisation_or_404(request, slug)
    can_edit = permissions.can_edit_organisation(request.user, organisation)
    return render(
        request,
        "members/organisation_detail.html",
        {
            "organisation": organisation,
            "can_edit": can_edit,
            "is_member": permissions.is_organisation_member(request.user, organisation),
            "history": list(organisation_history(organisation=organisation)) if can_edit else [],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request, slug: str):
    organisation = _organisation_or_404(request, slug)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    # The form validates a copy: a ModelForm writes into its instance while validating, and the
    # service must compare against what was stored to record the history.
    posted = request.method == "POST"
    form = OrganisationForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        instance=Organisation.objects.get(pk=organisation.pk),
    )
    if request.method == "POST" and form.is_valid():
        changed = organisation_update(
            organisation=organisation, actor=request.user, data=form.cleaned_data
        )
        if changed:
            messages.success(request, _("The organisation's profile has been saved."))
        else:
            messages.info(request, _("Nothing was changed."))
        return redirect("members:organisation_detail", slug=organisation.slug)
    return render(
        request, "members/organisation_edit.html", {"organisation": organisation, "form": form}
    )


def working_group_list(request):
    return render(
        request, "members/working_group_list.html", {"working_groups": list(working_groups())}
    )


def working_group_view(request, slug: str, document_form=None):
    try:
        group = working_group_detail(slug=slug)
    except WorkingGroup.DoesNotExist:
        raise Http404 from None
    can_read = permissions.can_read_working_group_documents(request.user, group)
    return render(
        request,
        "members/working_group_detail.html",
        {
            "group": group,
            "can_read_documents": can_read,
            "documents": list(group.documents.select_related("uploaded_by")) if can_read else [],
            "document_form": document_form or WorkingGroupDocumentForm(),
        },
    )


@login_required
@require_POST
def working_group_document_upload(request, slug: str):
    group = get_object_or_404(WorkingGroup, slug=slug)
    if not permissions.can_read_working_group_documents(request.user, group):
        raise PermissionDenied
    form = WorkingGroupDocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return working_group_view(request, slug, document_form=form)
    services.working_group_document_add(group=group, actor=request.user, **form.cleaned_data)
    messages.success(request, _("The document has been added for the group."))
    return redirect("members:working_group_detail", slug=slug)


@login_required
def working_group_document(request, slug: str, document_id: int):
    group = get_object_or_404(WorkingGroup, slug=slug)
    if not permissions.can_read_working_group_documents(request.user, group):
        raise Http404  # the group's files do not admit that they exist
    document = get_object_or_404(WorkingGroupDocument, pk=document_id, group=group)
    # Stored under a random name (kb_site/storage.py): the download is named after its title.
    extension = os.path.splitext(document.file.name)[1]
    return file_response(
        document.file.open("rb"),
        document.file.name,
        cache="private",
        download_name=f"{slugify(document.title) or 'document'}{extension}",
    )


def support_unit_list(request):
    return render(
        request,
        "members/support_unit_list.html",
        {
            "units_by_country": support_units_by_country(),
            "staffed_units": set(request.user.support_units.values_list("pk", flat=True))
            if request.user.is_authenticated
            else set(),
        },
    )


def support_unit_view(request, slug: str):
    try:
        unit = support_unit_detail(slug=slug)
    except SupportUnit.DoesNotExist:
        raise Http404 from None
    return render(
        request,
        "members/support_unit_detail.html",
        {
            "unit": unit,
            "can_record_market_research": permissions.can_record_market_research(
                request.user, unit
            ),
        },
    )


def _organisation_for_admin(request, slug: str) -> Organisation:
    organisation = _organisation_or_404(request, slug)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    return organisation


@login_required
def organisation_people_view(request, slug: str, invite_form=None):
    organisation = _organisation_for_admin(request, slug)
    return render(
        request,
        "members/organisation_people.html",
        {
            "organisation": organisation,
            "people": organisation_people(organisation=organisation),
            "invite_form": invite_form or InvitationForm(),
            "role_choices": Membership.Role.choices,
        },
    )


@login_required
@require_POST
def organisation_invite(request, slug: str):
    organisation = _organisation_for_admin(request, slug)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invitation_create(
                organisation=organisation, invited_by=request.user, **form.cleaned_data
            )
        except services.MembershipError as error:
            form.add_error("email", error.message)
        else:
            messages.success(
                request, _("An invitation was sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("members:organisation_people", slug=slug)
    return organisation_people_view(request, slug, invite_form=form)


def _membership_action(request, slug: str, membership_id: int, action) -> HttpResponse:
    organisation = _organisation_for_admin(request, slug)
    membership = get_object_or_404(
        Membership.objects.select_related("user", "organisation"),
        pk=membership_id,
        organisation=organisation,
    )
    try:
        action(membership)
    except services.MembershipError as error:
        messages.error(request, error.message)
    return redirect("members:organisation_people", slug=slug)


@login_required
@require_POST
def membership_remove(request, slug: str, membership_id: int):
    def remove(membership):
        services.membership_remove(membership=membership, actor=request.user)
        messages.success(
            request,
            _("%(name)s is no longer a member.") % {"name": membership.user.get_full_name()},
        )

    return _membership_action(request, slug, membership_id, remove)


@login_required
@require_POST
def membership_role(request, slug: str, membership_id: int):
    form = RoleForm(request.POST)

    def change(membership):
        if form.is_valid():
            services.membership_change_role(
                membership=membership, role=form.cleaned_data["role"], actor=request.user
            )
            messages.success(request, _("The role has been changed."))

    return _membership_action(request, slug, membership_id, change)


@login_required
@require_POST
def join_request_decide(request, slug: str, request_id: int):
    organisation = _organisation_for_admin(request, slug)
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("user"), pk=request_id, organisation=organisation
    )
    approve = request.POST.get("decision") == "approve"
    try:
        services.join_request_decide(join_request=join_request, actor=request.user, approve=approve)
    except services.MembershipError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Approved.") if approve else _("Declined."))
    return redirect("members:organisation_people", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def organisation_join(request, slug: str):
    organisation = _organisation_or_404(request, slug)
    form = JoinRequestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.join_request_create(
                organisation=organisation, user=request.user, **form.cleaned_data
            )
        except services.MembershipError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Your request was sent. The organisation's admins will answer it.")
            )
        return redirect("members:organisation_detail", slug=slug)
    return render(
        request, "members/organisation_join.html", {"organisation": organisation, "form": form}
    )


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token: str):
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by").filter(token=token).first()
    )
    if request.method == "POST" and request.user.is_authenticated:
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except services.MembershipError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Welcome to %(organisation)s.") % {"organisation": membership.organisation.name},
            )
            return redirect("members:organisation_detail", slug=membership.organisation.slug)
    return render(
        request,
        "members/invitation_accept.html",
        {"invitation": invitation, "now": timezone.now()},
        status=200 if invitation else 404,
    )


# --- supplier catalogue ---------------------------------------------------------------------

CATALOGUE_PAGE_SIZE = 20


def supplier_catalogue_view(request):
    # The same for every reader (offers of public organisations only): the template keeps the
    # whole listing as a fragment per query string and day (verified badges expire by date),
    # and a hit runs none of the queries below.
    return render(
        request,
        "members/supplier_catalogue.html",
        {
            "listing": lazy(lambda: _catalogue_listing(request)),
            "today": timezone.localdate().isoformat(),
        },
    )


def _catalogue_listing(request) -> dict:
    product_groups = list(ProductGroup.objects.only("name_en", "name_lv", "slug"))
    form = CatalogueFilterForm(request.GET or None, product_groups=product_groups)
    filters = CatalogueFilters(**form.cleaned_data) if form.is_valid() else CatalogueFilters()
    page = Paginator(supplier_catalogue(filters=filters), CATALOGUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "form": form,
        "page_obj": page,
        "offers": catalogue_cards(list(page.object_list)),
        "query": query.urlencode(),
        "product_groups": product_groups,
        "selected_group": filters.product_group,
    }


def criteria_matching_view(request, slug: str):
    product_group = get_object_or_404(ProductGroup, slug=slug)
    return render(
        request,
        "members/criteria_matching.html",
        {
            "matching": criteria_matching(product_group=product_group),
            "market_research": market_research_for(product_group=product_group),
        },
    )


def supplier_offers_view(request, slug: str):
    organisation = _organisation_or_404(request, slug)
    return render(
        request,
        "members/supplier_offers.html",
        {
            "organisation": organisation,
            "offers": supplier_offers(organisation=organisation),
            "can_manage": permissions.can_manage_offers(request.user, organisation),
            "can_request_meeting": permissions.can_request_meeting(request.user, organisation),
            "can_verify": permissions.can_verify_evidence(request.user),
            "today": timezone.localdate(),
        },
    )


def _offer_form_page(request, organisation, offer=None):
    if not permissions.can_manage_offers(request.user, organisation):
        raise PermissionDenied
    posted = request.method == "POST"
    form = OfferForm(request.POST if posted else None, instance=offer)
    if posted and form.is_valid():
        try:
            services.offer_save(
                organisation=organisation, actor=request.user, data=form.cleaned_data, offer=offer
            )
        except services.MembershipError as error:
            form.add_error("criteria", error.message)
        else:
            messages.success(request, _("The offer has been saved."))
            return redirect("members:supplier_offers", slug=organisation.slug)
    return render(
        request,
        "members/offer_form.html",
        {"organisation": organisation, "form": form, "offer": offer},
    )


@login_required
@require_http_methods(["GET", "POST"])
def offer_create(request, slug: str):
    return _offer_form_page(request, _organisation_or_404(request, slug))


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request, slug: str, offer_id: int):
    organisation = _organisation_or_404(request, slug)
    offer = get_object_or_404(SupplierOffer, pk=offer_id, organisation=organisation)
    return _offer_form_page(request, organisation, offer)


@login_required
@require_http_methods(["GET", "POST"])
def evidence_create(request, slug: str, offer_id: int):
    organisation = _organisation_or_404(request, slug)
    if not permissions.can_manage_offers(request.user, organisation):
        raise PermissionDenied
    offer = get_object_or_404(SupplierOffer, pk=offer_id, organisation=organisation)
    posted = request.method == "POST"
    form = EvidenceForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        services.evidence_add(offer=offer, actor=request.user, data=form.cleaned_data)
        messages.success(request, _("The evidence has been added; it will be checked."))
        return redirect("members:supplier_offers", slug=organisation.slug)
    return render(
        request,
        "members/evidence_form.html",
        {"organisation": organisation, "offer": offer, "form": form},
    )


@login_required
@require_POST
def evidence_verify(request, evidence_id: int):
    if not permissions.can_verify_evidence(request.user):
        raise PermissionDenied
    evidence = get_object_or_404(
        Evidence.objects.select_related("offer__organisation"), pk=evidence_id
    )
    try:
        services.evidence_verify(evidence=evidence, actor=request.user)
    except services.MembershipError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Marked as verified."))
    return redirect("members:supplier_offers", slug=evidence.offer.organisation.slug)


# --- supplier meetings and notifications ------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def meeting_request_view(request, slug: str):
    supplier = _organisation_or_404(request, slug)
    if not permissions.can_request_meeting(request.user, supplier):
        raise PermissionDenied
    posted = request.method == "POST"
    form = MeetingRequestForm(request.POST if posted else None)
    if posted and form.is_valid():
        try:
            meeting = meetings.meeting_request(
                requester=request.user,
                supplier=supplier,
                topic=form.cleaned_data["topic"],
                product_group=form.cleaned_data["product_group"],
                message=form.cleaned_data["message"],
                proposed_times=form.proposed_times(),
            )
        except services.MembershipError as error:
            form.add_error("time_1", error.message)
        else:
            messages.success(request, _("Your request was sent to the supplier."))
            return redirect("members:meeting_detail", meeting_id=meeting.pk)
    return render(request, "members/meeting_request.html", {"supplier": supplier, "form": form})


@login_required
def meeting_list(request):
    return render(
        request,
        "members/meeting_list.html",
        {
            "meetings": meetings_for(user=request.user),
            "feed_url": request.build_absolute_uri(
                reverse(
                    "members:meeting_feed",
                    kwargs={"token": meetings.calendar_token(user=request.user)},
                )
            ),
        },
    )


def _meeting_for(request, meeting_id: int):
    meeting = get_object_or_404(
        SupplierMeeting.objects.select_related("requester", "supplier", "product_group"),
        pk=meeting_id,
    )
    role = permissions.meeting_role(request.user, meeting)
    if role is None:
        raise Http404  # somebody else's meeting does not admit that it exists
    return meeting, role


@login_required
def meeting_detail(request, meeting_id: int, form=None):
    meeting, role = _meeting_for(request, meeting_id)
    status = SupplierMeeting.Status
    return render(
        request,
        "members/meeting_detail.html",
        {
            "meeting": meeting,
            "role": role,
            "proposed": [datetime.fromisoformat(value) for value in meeting.proposed_times],
            "supplier_answers": role == permissions.SUPPLIER and meeting.status == status.REQUESTED,
            "buyer_answers": role == permissions.BUYER
            and meeting.status == status.COUNTER_PROPOSED,
            "can_cancel": role == permissions.BUYER
            and meeting.status in (*SupplierMeeting.OPEN, status.ACCEPTED),
            "form": form or MeetingAnswerForm(),
        },
    )


@login_required
@require_POST
def meeting_answer(request, meeting_id: int):
    meeting, role = _meeting_for(request, meeting_id)
    if role not in (permissions.BUYER, permissions.SUPPLIER):
        raise PermissionDenied  # support-unit staff watch, they do not answer
    form = MeetingAnswerForm(request.POST)
    if not form.is_valid():
        return meeting_detail(request, meeting_id, form=form)
    data = form.cleaned_data
    try:
        if data["action"] == "accept":
            meetings.meeting_accept(
                meeting=meeting, actor=request.user, time=data["time"], place=data["place"]
            )
        elif data["action"] == "counter" and role == permissions.SUPPLIER:
            meetings.meeting_counter_propose(
                meeting=meeting,
                actor=request.user,
                time=data["time"],
                answer=data["answer"],
                place=data["place"],
            )
        elif data["action"] == "decline":
            meetings.meeting_decline(meeting=meeting, actor=request.user, answer=data["answer"])
        else:
            raise PermissionDenied
    except services.MembershipError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your answer was sent."))
    return redirect("members:meeting_detail", meeting_id=meeting.pk)


def _calendar(meetings_: list[SupplierMeeting], name: str) -> HttpResponse:
    response = HttpResponse(meetings_calendar(meetings_, name), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="gpp-commons-meetings.ics"'
    return response


@login_required
def meeting_ics(request, meeting_id: int):
    meeting, _role = _meeting_for(request, meeting_id)
    if meeting.status != SupplierMeeting.Status.ACCEPTED:
        raise Http404
    return _calendar([meeting], meeting.topic)


def meeting_feed(request, token: str):
    """A member's agreed meetings for calendar apps, which cannot log in: the token is the key."""
    profile = get_object_or_404(MemberProfile.objects.select_related("user"), calendar_token=token)
    if not token or not profile.user.is_active:
        raise Http404
    return _calendar(calendar_meetings(user=profile.user), "GPP Commons")


@login_required
@require_http_methods(["GET", "POST"])
def notification_list(request):
    notifications = Notification.objects.filter(user=request.user)
    if request.method == "POST":
        notifications.filter(read_at__isnull=True).update(read_at=timezone.now())
        return redirect("members:notifications")
    return render(
        request, "members/notification_list.html", {"notifications": list(notifications[:100])}
    )


@login_required
@require_http_methods(["GET", "POST"])
def market_research_create(request, slug: str):
    unit = get_object_or_404(SupportUnit.objects.select_related("host"), slug=slug)
    if not permissions.can_record_market_research(request.user, unit):
        raise PermissionDenied
    posted = request.method == "POST"
    form = MarketResearchForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        initial={"country": unit.host.country},
    )
    if posted and form.is_valid():
        record = services.market_research_record(
            support_unit=unit, actor=request.user, data=form.cleaned_data
        )
        messages.success(request, _("The market research has been recorded."))
        return redirect("members:criteria_matching", slug=record.product_group.slug)
    return render(request, "members/market_research_form.html", {"unit": unit, "form": form})
