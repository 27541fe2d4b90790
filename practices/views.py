import django_comments
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_comments.views.comments import post_comment
from django_comments_xtd.models import XtdComment
from wagtail.models import Locale, Page

from kb_site import exports
from kb_site.converters import out_of_range
from kb_site.fragments import lazy
from kb_site.ratelimit import consume, wait_message
from kb_site.taxonomy import ProductGroup

from . import comments
from .permissions import can_moderate_comments
from .selectors import (
    EXPORT_FIELDS,
    case_study_rows,
    filters_from,
    impact_dashboard,
    product_group_detail,
    product_groups_with_counts,
)


def index_redirect(request, model):
    """The menu's stable address for an index page, in the visitor's language. The query string
    (filters) goes along, so /practices/?product_group=furniture links work in both languages."""
    indexes = model.objects.live()
    index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
    if index is None:
        raise Http404
    query = request.META.get("QUERY_STRING", "")
    return redirect(index.get_url(request) + (f"?{query}" if query else ""))


def product_group_list(request):
    return render(
        request, "practices/product_group_list.html", {"groups": product_groups_with_counts()}
    )


def product_group_view(request, slug: str):
    try:
        context = product_group_detail(slug=slug)
    except ProductGroup.DoesNotExist:
        raise Http404 from None
    return render(request, "practices/product_group_detail.html", context)


def case_study_export(request, fmt: str):
    """The index's filtered list as CSV or JSON, for anyone to reuse."""
    _form, filters = filters_from(request)
    rows = case_study_rows(filters=filters, request=request)
    if fmt == "json":
        response = JsonResponse({"count": len(rows), "results": rows})
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # so spreadsheet programs read the Latvian letters right
        writer = exports.DictWriter(response, fieldnames=EXPORT_FIELDS)  # no formulas
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    **row,
                    "product_groups": "; ".join(row["product_groups"]),
                    "tags": "; ".join(row["tags"]),
                }
            )
    response["Content-Disposition"] = f'attachment; filename="gpp-case-studies.{fmt}"'
    return response


def impact_dashboard_view(request):
    def dashboard() -> dict:
        form, filters = filters_from(request)
        return {"form": form, **impact_dashboard(filters=filters)}

    # The same for every reader (public case studies): a fragment keyed by the query string,
    # computed only when it misses.
    return render(
        request,
        "practices/impact_dashboard.html",
        {"dashboard": lazy(dashboard), "query": request.GET.urlencode()},
    )


@require_POST
def comment_post(request):
    """django-comments' posting view, for members only, keeping the text whatever goes wrong.

    A form left open longer than the comment form's two-hour limit fails the security check,
    which django-comments answers with a bare 400: here the member gets the form back with
    what they typed and a fresh signature instead.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.POST.get("next") or request.path)
    target = comment_target(request.POST)
    if target is None or not target.live:
        raise Http404
    page_url = target.get_url(request)
    form = django_comments.get_form()(target, data=request.POST)
    if refusal := consume(request, "comment"):
        kept = django_comments.get_form()(
            target, initial={"comment": request.POST.get("comment", "")[:5000]}
        )
        context = {"form": kept, "next": page_url, "wait_message": wait_message(refusal)}
        response = render(request, "comments/preview.html", context, status=429)
        response["Retry-After"] = str(refusal.retry_after)
        return response
    if form.security_errors():
        fresh = django_comments.get_form()(
            target, initial={"comment": request.POST.get("comment", "")[:5000]}
        )
        return render(
            request,
            "comments/preview.html",
            {"form": fresh, "next": page_url, "expired": True},
            status=400,
        )
    data = request.POST.copy()
    data["next"] = page_url  # never a foreign address, and never django-comments' "done" page
    request.POST = data
    before = timezone.now()
    response = post_comment(request)
    if response.status_code == 302:
        mine = XtdComment.objects.filter(
            user=request.user, object_pk=str(target.pk), submit_date__gte=before
        ).first()
        if mine is not None and not mine.is_public:
            messages.info(
                request,
                _(
                    "Thank you. A moderator checks the first comments of each member; yours will "
                    "appear when it is approved."
                ),
            )
        elif mine is not None:
            messages.success(request, _("Your comment is published."))
        return redirect(f"{page_url}#comments")
    return response


def comment_target(data):
    """The knowledge-base page a comment form names, or None."""
    if out_of_range(data.get("object_pk")):
        return None  # a page's id is looked up through its parent-page link, unguarded
    try:
        app_label, model = data.get("content_type", "").split(".", 1)
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
        return content_type.get_object_for_this_type(pk=data.get("object_pk"))
    except (ValueError, ContentType.DoesNotExist, ObjectDoesNotExist, TypeError):
        return None


@require_POST
@login_required
def page_follow_toggle(request, page_id: int):
    page = get_object_or_404(Page.objects.live().specific(), pk=page_id)
    if request.POST.get("follow") == "1":
        comments.page_follow(user=request.user, page=page)
        messages.success(request, _("You will get an e-mail when someone comments here."))
    else:
        comments.page_unfollow(user=request.user, page_id=page.pk)
        messages.success(request, _("You no longer follow this page."))
    return redirect(f"{page.get_url(request)}#comments")


@csrf_exempt  # the signed token is the credential; mail clients post without a CSRF cookie
def unfollow(request, token: str):
    """One click from an e-mail: GET asks to confirm, POST (RFC 8058 one-click too) unfollows."""
    found = comments.unfollow_from_token(token)
    if found is None:
        raise Http404
    user, page_id = found
    page = Page.objects.filter(pk=page_id).specific().first()
    if request.method == "POST":
        comments.page_unfollow(user=user, page_id=page_id)
        return render(request, "practices/unfollowed.html", {"page": page, "done": True})
    return render(request, "practices/unfollowed.html", {"page": page, "done": False})


@login_required
def comment_moderation(request):
    if not can_moderate_comments(request.user):
        raise PermissionDenied
    return render(
        request,
        "practices/comment_moderation.html",
        {"comments": comments.moderation_queue()},
    )


@require_POST
@login_required
def comment_moderate(request, comment_id: int):
    if not can_moderate_comments(request.user):
        raise PermissionDenied
    comment = get_object_or_404(comments.held_comments(), pk=comment_id)
    if request.POST.get("action") == "approve":
        comments.comment_approve(comment=comment, by=request.user)
        messages.success(request, _("The comment is published."))
    else:
        comments.comment_remove(comment=comment, by=request.user)
        messages.success(request, _("The comment was removed."))
    return redirect("practices:comment_moderation")
