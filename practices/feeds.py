"""New case studies, strategies and resources as RSS and Atom, in every language."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import CaseStudyPage, ResourcePage, StrategyPage

FEED_SIZE = 30


class KnowledgeBaseFeed(Feed):
    """The newest published pages of one type; subclasses name the type and the words."""

    model = CaseStudyPage
    index_url_name = "practices:case_study_index"

    def link(self):
        return reverse(self.index_url_name)

    def items(self):
        return (
            self.model.objects.live()
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


class CaseStudyFeed(KnowledgeBaseFeed):
    title = _("GPP Commons: new case studies")
    description = _("Green public procurement case studies, good and bad, as they are published.")


class StrategyFeed(KnowledgeBaseFeed):
    model = StrategyPage
    index_url_name = "practices:strategy_index"
    title = _("GPP Commons: new support-unit strategies")
    description = _("Strategies of the GPP support units, as they are published.")


class ResourceFeed(KnowledgeBaseFeed):
    model = ResourcePage
    index_url_name = "practices:resource_index"
    title = _("GPP Commons: new resources")
    description = _(
        "Tender templates, criteria sheets, guides and trainings, as they are published."
    )


def atom(feed_class):
    """The same feed as Atom 1.0."""
    return type(
        f"{feed_class.__name__}Atom",
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": feed_class.description},
    )
