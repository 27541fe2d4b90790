"""New case studies as RSS and Atom, in every language."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import CaseStudyPage

FEED_SIZE = 30


class CaseStudyFeed(Feed):
    title = _("GPP Commons: new case studies")
    description = _("Green public procurement case studies, good and bad, as they are published.")

    def link(self):
        return reverse("practices:case_study_index")

    def items(self):
        return (
            CaseStudyPage.objects.live()
            .public()
            .select_related("locale")
            .order_by("-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class CaseStudyAtomFeed(CaseStudyFeed):
    feed_type = Atom1Feed
    subtitle = CaseStudyFeed.description
