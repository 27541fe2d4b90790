from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import permissions
from .forms import DirectoryFilterForm, OrganisationForm, ProfileForm
from .models import Organisation, WorkingGroup
from .selectors import (
    DirectoryFilters,
    organisation_directory,
    organisation_history,
    organisation_profile,
    support_units_by_country,
    user_memberships,
    working_group_detail,
    working_groups,
)
from .services import organisation_update, user_update_profile

DIRECTORY_PAGE_SIZE = 24


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user_update_profile(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile")
    memberships = list(user_memberships(user=request.user))
    return render(request, "members/profile_edit.html", {"form": form, "memberships": memberships})


def organisation_directory_view(request):
    groups = list(WorkingGroup.objects.order_by("name").only("slug", "name"))
    form = DirectoryFilterForm(request.GET or None, working_groups=groups)
    filters = DirectoryFilters(**form.cleaned_data) if form.is_valid() else DirectoryFilters()
    organisations = organisation_directory(user=request.user, filters=filters)
    page = Paginator(organisations, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "members/organisation_directory.html",
        {"form": form, "page_obj": page, "query": query.urlencode()},
    )


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
    form = OrganisationForm(
        request.POST or None,
        request.FILES or None,
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


def working_group_view(request, slug: str):
    try:
        group = working_group_detail(slug=slug)
    except WorkingGroup.DoesNotExist:
        raise Http404 from None
    return render(request, "members/working_group_detail.html", {"group": group})


def support_unit_list(request):
    return render(
        request,
        "members/support_unit_list.html",
        {"units_by_country": support_units_by_country()},
    )
