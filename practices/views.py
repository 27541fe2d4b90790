import csv

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from wagtail.models import Locale

from .models import CaseStudyIndexPage
from .selectors import EXPORT_FIELDS, case_study_rows, filters_from, impact_dashboard


def case_study_index_redirect(request):
    """The menu's stable address for the case studies, in the visitor's language."""
    indexes = CaseStudyIndexPage.objects.live()
    index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
    if index is None:
        raise Http404
    return redirect(index.get_url(request))


def case_study_export(request, fmt: str):
    """The index's filtered list as CSV or JSON, for anyone to reuse."""
    _form, filters = filters_from(request)
    rows = case_study_rows(filters=filters, request=request)
    if fmt == "json":
        response = JsonResponse({"count": len(rows), "results": rows})
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # so spreadsheet programs read the Latvian letters right
        writer = csv.DictWriter(response, fieldnames=EXPORT_FIELDS)
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
    form, filters = filters_from(request)
    query = request.GET.urlencode()
    return render(
        request,
        "practices/impact_dashboard.html",
        {"form": form, "query": query, **impact_dashboard(filters=filters)},
    )
