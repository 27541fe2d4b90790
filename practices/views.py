from django.http import Http404
from django.shortcuts import redirect
from wagtail.models import Locale

from .models import CaseStudyIndexPage


def case_study_index_redirect(request):
    """The menu's stable address for the case studies, in the visitor's language."""
    indexes = CaseStudyIndexPage.objects.live()
    index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
    if index is None:
        raise Http404
    return redirect(index.get_url(request))
