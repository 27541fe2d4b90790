"""The views around the Wagtail pages: registering, feeds, the newsletter and invitations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from kb_site import exports
from kb_site.converters import out_of_range
from kb_site.ratelimit import consume, wait_message
from members.models import SupplierMeeting, SupportUnit, WorkingGroup

from . import delivery, services, tokens
from .feeds import events_calendar
from .forms import (
    GuestRegistrationForm,
    InvitationForm,
    NewsletterIssueForm,
    SubscribeForm,
    SupplierDayForm,
    TopicsForm,
)
from .models import (
    EventIndexPage,
    EventInvitation,
    EventPage,
    NewsIndexPage,
    NewsletterIssue,
    Registration,
)
from .permissions import (
    can_manage_event,
    can_register,
    can_send_invitations,
    supplier_day_units,
)
from .selectors import calendar_events, event_in_language, participants, registrations_of
from .supplier_days import meetings_to_gather, supplier_day_organise


def _index_redirect(request, model):
    indexes = model.objects.live()
    index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
    if index is None:
        raise Http404
    query = request.META.get("QUERY_STRING", "")
    return redirect(index.get_url(request) + (f"?{query}" if query else ""))


def event_index(request):
    return _index_redirect(request, EventIndexPage)


def news_index(request):
    return _index_redirect(request, NewsIndexPage)


def _event(event_id: int) -> EventPage:
    return get_object_or_404(EventPage.objects.live().public(), pk=event_id)


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def calendar_feed(request):
    return _ics(events_calendar(list(calendar_events()), _("GPP Commons events")), "gpp-events.ics")


def working_group_calendar(request, slug: str):
    group = get_object_or_404(WorkingGroup, slug=slug)
    name = _("Round tables: %(group)s") % {"group": group.name}
    return _ics(
        events_calendar(list(calendar_events(working_group=group)), name), f"{group.slug}.ics"
    )


def event_ics(request, event_id: int):
    event = _event(event_id)
    return _ics(events_calendar([event], event.title), f"{slugify(event.title) or 'event'}.ics")


# --- Registering -----------------------------------------------------------------------------


@require_POST
def register(request, event_id: int):
    """A member registers with one click; anyone else (public events) gives a name and e-mail."""
    event = _event(event_id)
    if not can_register(request.user, event):
        if not request.user.is_authenticated:
            return redirect_to_login(event.get_url(request))
        raise PermissionDenied
    if request.user.is_authenticated:
        kwargs = {"user": request.user}
    else:
        form = GuestRegistrationForm(request.POST)
        # Each guest registration sends an e-mail: limited per address, the form kept.
        refusal = form.is_valid() and consume(request, "guest-registration")
        if refusal:
            form.add_error(None, wait_message(refusal))
        if not form.is_valid():
            response = render(
                request, "events/guest_registration.html", {"event": event, "form": form},
                status=429 if refusal else 400,
            )  # fmt: skip
            if refusal:
                response["Retry-After"] = str(refusal.retry_after)
            return response
        kwargs = form.cleaned_data
    try:
        result = services.registration_create(event=event, **kwargs)
    except services.RegistrationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(event.get_url(request))
    registration = result.registration
    if registration.status == Registration.Status.PENDING:
        messages.success(
            request,
            _("Almost done: we sent a link to %(email)s. Follow it to confirm your place.")
            % {"email": registration.email},
        )
    elif registration.status == Registration.Status.WAITING:
        messages.success(
            request,
            _("The event is full: you are on the waiting list. We will write when a place frees."),
        )
    else:
        messages.success(request, _("You are registered."))
    return redirect(event.get_url(request))


@require_POST
@login_required
def cancel(request, event_id: int):
    event = _event(event_id)
    registration = (
        registrations_of(event)
        .filter(user=request.user)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )
    if registration is None:
        raise Http404
    services.registration_cancel(registration=registration)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(event.get_url(request))


def _registration_from(token: str, salt: str, max_age):
    try:
        data = tokens.read(token, salt, max_age=max_age)
    except tokens.BadToken as error:
        return None, (
            _("This link has expired. Please register again.")
            if error.expired
            else _("This link is not valid: it may have been cut or changed. Copy the whole link.")
        )
    registration = (
        Registration.objects.filter(pk=data.get("r"), email=data.get("e"))
        .select_related("event")
        .first()
    )
    if registration is None:
        return None, _("This registration no longer exists.")
    return registration, ""


def _page_for_reader(registration):
    """The registration's event in the language the link is read in, if translated into it."""
    return event_in_language(registration.event, get_language()) if registration else None


def registration_confirm(request, token: str):
    """The link in the confirmation e-mail: a button (a mail scanner's GET changes nothing)."""
    registration, error = _registration_from(token, tokens.REGISTRATION, tokens.CONFIRM_MAX_AGE)
    if registration and request.method == "POST":
        try:
            registration = services.registration_confirm(registration=registration)
        except services.RegistrationError as problem:
            error = " ".join(problem.messages)
    return render(
        request,
        "events/registration_link.html",
        {
            "registration": registration,
            "error": error,
            "action": "confirm",
            "event": _page_for_reader(registration),
        },
        status=400 if error else 200,
    )


@csrf_exempt  # the signed token is the credential; it comes from an e-mail
def registration_cancel_link(request, token: str):
    registration, error = _registration_from(token, tokens.REGISTRATION_CANCEL, None)
    if registration and request.method == "POST":
        services.registration_cancel(registration=registration)
        registration.refresh_from_db()
    return render(
        request,
        "events/registration_link.html",
        {
            "registration": registration,
            "error": error,
            "action": "cancel",
            "event": _page_for_reader(registration),
        },
        status=400 if error else 200,
    )


def _managed_event(request, event_id: int) -> EventPage:
    event = get_object_or_404(EventPage, pk=event_id)
    if not can_manage_event(request.user, event):
        raise PermissionDenied
    return event


@login_required
def participant_list(request, event_id: int):
    """Organisers see who registered and who waits, and tick who came."""
    event = _managed_event(request, event_id)
    if request.method == "POST":
        ticked = request.POST.getlist("attended")
        attended = {int(pk) for pk in ticked if pk.isdigit() and not out_of_range(pk)}
        services.attendance_mark(event=event, attended_ids=attended)
        messages.success(request, _("Attendance saved."))
        return redirect("events:participants", event_id=event.pk)
    return render(
        request,
        "events/participants.html",
        {"event": event, "participants": list(participants(event=event))},
    )


@login_required
def participant_csv(request, event_id: int):
    event = _managed_event(request, event_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # so spreadsheet programs read the Latvian letters right
    writer = exports.writer(response)  # names come from guests: no formulas
    writer.writerow(
        [_("Name"), _("E-mail address"), _("Status"), _("Registered on"), _("Attended")]
    )
    for registration in participants(event=event):
        writer.writerow(
            [
                registration.name,
                registration.email,
                registration.get_status_display(),
                registration.created_at.date().isoformat(),
                {True: _("yes"), False: _("no")}.get(registration.attended, ""),
            ]
        )
    response["Content-Disposition"] = f'attachment; filename="participants-{event.pk}.csv"'
    return response


# --- Newsletter ------------------------------------------------------------------------------


def newsletter_signup(request):
    """Anyone signs up here; a member who already has a subscription gets its preferences link
    (their own address needs no confirmation)."""
    from .models import Subscriber

    initial = {"language": get_language()}
    own_preferences = ""
    if request.user.is_authenticated:
        initial["email"] = request.user.email
        if Subscriber.objects.filter(
            email__iexact=request.user.email, unsubscribed_at__isnull=True
        ).exists():
            own_preferences = tokens.preferences_url(request.user.email, get_language())
    form = SubscribeForm(request.POST or None, initial=initial)
    # Each sign-up sends a confirmation e-mail: limited per address, the form kept.
    refusal = request.method == "POST" and form.is_valid() and consume(request, "newsletter")
    if refusal:
        form.add_error(None, wait_message(refusal))
    if request.method == "POST" and form.is_valid():
        services.subscriber_signup(
            email=form.cleaned_data["email"],
            language=form.cleaned_data["language"],
            topics=form.topics(),
            user=request.user,
        )
        return render(request, "events/newsletter_done.html", {"email": form.cleaned_data["email"]})
    response = render(
        request,
        "events/newsletter_signup.html",
        {"form": form, "own_preferences": own_preferences},
        status=429 if refusal else 400 if form.errors else 200,
    )
    if refusal:
        response["Retry-After"] = str(refusal.retry_after)
    return response


def _email_from(token: str, salt: str, max_age):
    try:
        return tokens.read(token, salt, max_age=max_age)["e"], ""
    except tokens.BadToken as error:
        return None, (
            _("This link has expired. Please sign up again.")
            if error.expired
            else _("This link is not valid: it may have been cut or changed. Copy the whole link.")
        )
    except (KeyError, TypeError):
        return None, _(
            "This link is not valid: it may have been cut or changed. Copy the whole link."
        )


def newsletter_confirm(request, token: str):
    email, error = _email_from(token, tokens.NEWSLETTER_CONFIRM, tokens.CONFIRM_MAX_AGE)
    subscriber = None
    if email and request.method == "POST":
        subscriber = services.subscriber_confirm(email=email)
        if subscriber is None:
            error = _("This subscription no longer exists. Please sign up again.")
    return render(
        request,
        "events/newsletter_confirm.html",
        {"email": email, "error": error, "subscriber": subscriber,
         "preferences_url": tokens.preferences_url(email, get_language()) if email else ""},
        status=400 if error else 200,
    )  # fmt: skip


def newsletter_preferences(request, token: str):
    """Change topics and language, or unsubscribe, with the signed link from any e-mail."""
    from .models import Subscriber

    email, error = _email_from(token, tokens.NEWSLETTER_MANAGE, None)
    subscriber = Subscriber.objects.filter(email__iexact=email).first() if email else None
    if email and subscriber is None:
        error = _("This address is not subscribed to the newsletter.")
    if error:
        return render(request, "events/newsletter_preferences.html", {"error": error}, status=400)
    form = TopicsForm(
        request.POST or None,
        initial={
            "language": subscriber.language,
            "product_groups": list(subscriber.product_groups.all()),
            "countries": subscriber.countries,
            "event_kinds": subscriber.event_kinds,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.subscriber_update(
            subscriber=subscriber, language=form.cleaned_data["language"], topics=form.topics()
        )
        messages.success(request, _("Your preferences are saved."))
        return redirect("events:newsletter_preferences", token=token)
    return render(
        request,
        "events/newsletter_preferences.html",
        {"form": form, "subscriber": subscriber, "token": token},
    )


@csrf_exempt  # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" without a cookie
def unsubscribe(request, token: str):
    """GET shows a button (link scanners must not unsubscribe anyone); POST unsubscribes."""
    email, error = _email_from(token, tokens.NEWSLETTER_MANAGE, None)
    done = False
    if email and request.method == "POST":
        services.subscriber_unsubscribe(email=email)
        done = True
    return render(
        request,
        "events/unsubscribe.html",
        {"email": email, "error": error, "done": done, "token": token},
        status=400 if error else 200,
    )


# --- Invitations (editors) -------------------------------------------------------------------


def _editor(request):
    if not can_send_invitations(request.user):
        raise PermissionDenied


@login_required
def invitation_list(request):
    _editor(request)
    invitations = list(EventInvitation.objects.select_related("event")[:50])
    issues = list(NewsletterIssue.objects.all()[:50])
    progress = delivery.progress_of_all(invitations + issues)
    return render(
        request,
        "events/invitation_list.html",
        {"invitations": progress[: len(invitations)], "issues": progress[len(invitations) :]},
    )


@login_required
def invitation_create(request):
    _editor(request)
    form = InvitationForm(request.POST or None, initial={"event": request.GET.get("event")})
    if request.method == "POST" and form.is_valid():
        invitation = form.save(commit=False)
        invitation.created_by = request.user
        invitation.save()
        form.save_m2m()
        return redirect("events:invitation_detail", pk=invitation.pk)
    return render(
        request, "events/invitation_form.html", {"form": form}, status=400 if form.errors else 200
    )


def _mailing_actions(request, mailing) -> None:
    """The POST of a mailing's page: a test to oneself, or the real sending."""
    action = request.POST.get("action")
    if action == "test":
        delivery.mailing_test_send(mailing=mailing, user=request.user)
        messages.success(
            request, _("A test was sent to %(email)s.") % {"email": request.user.email}
        )
    elif action == "send":
        try:
            added = delivery.mailing_start(mailing=mailing)
        except delivery.InvitationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Sending to %(count)d recipients.") % {"count": added})


@login_required
def issue_create(request):
    _editor(request)
    form = NewsletterIssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        issue = form.save(commit=False)
        issue.created_by = request.user
        issue.save()
        form.save_m2m()
        return redirect("events:issue_detail", pk=issue.pk)
    return render(
        request, "events/issue_form.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def issue_detail(request, pk: int):
    _editor(request)
    issue = get_object_or_404(NewsletterIssue, pk=pk)
    if request.method == "POST":
        _mailing_actions(request, issue)
        return redirect("events:issue_detail", pk=issue.pk)
    preview = delivery.issue_message(issue, email=request.user.email, language=get_language())
    audience = (
        delivery.active_subscribers().count()
        if issue.status == EventInvitation.Status.DRAFT
        else None
    )
    return render(
        request,
        "events/invitation_detail.html",
        {"invitation": issue, "title": issue.subject, "preview": preview, "audience": audience,
         "progress": delivery.mailing_progress(issue)},
    )  # fmt: skip


@login_required
def invitation_detail(request, pk: int):
    """Preview, test send, send, and the progress of the sending."""
    _editor(request)
    invitation = get_object_or_404(EventInvitation.objects.select_related("event"), pk=pk)
    if request.method == "POST":
        _mailing_actions(request, invitation)
        return redirect("events:invitation_detail", pk=invitation.pk)
    preview = delivery.invitation_message(
        invitation,
        email=request.user.email,
        language=get_language(),
        name=request.user.get_full_name(),
    )
    audience = (
        len(delivery.recipients(invitation))
        if invitation.status == EventInvitation.Status.DRAFT
        else None
    )
    return render(
        request,
        "events/invitation_detail.html",
        {"invitation": invitation, "title": invitation.event.title, "preview": preview,
         "audience": audience, "progress": delivery.mailing_progress(invitation)},
    )  # fmt: skip


@login_required
def supplier_day_create(request):
    units = supplier_day_units(request.user)
    if not units:
        raise PermissionDenied
    gatherable = meetings_to_gather(user=request.user)
    form = SupplierDayForm(
        request.POST or None,
        units=SupportUnit.objects.filter(pk__in=[unit.pk for unit in units]),
        meetings=SupplierMeeting.objects.filter(pk__in=[m.pk for m in gatherable])
        .select_related("supplier", "requester")
        .order_by("supplier__name", "pk"),
    )
    if request.method == "POST" and form.is_valid():
        page = supplier_day_organise(
            organiser=request.user,
            unit=form.cleaned_data["unit"],
            data=form.event_data(),
            meetings=list(form.cleaned_data["meetings"]),
        )
        messages.success(request, _("The supplier day is published; its participants are told."))
        return redirect(page.url)
    context = {"form": form, "has_meetings": bool(gatherable)}
    return render(
        request, "events/supplier_day_form.html", context, status=400 if form.errors else 200
    )
