"""Each events and news page runs the same number of queries with 10 items or 10x more."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events import services
from events.models import EventSpeaker
from kb_site.taxonomy import ProductGroup
from tests.events.factories import event, news, riga
from tests.members.factories import OrganisationFactory, UserFactory, WorkingGroupFactory

pytestmark = pytest.mark.django_db

# Measured on SQLite as logged-in staff (the budgets below, the home page 19); the base page
# (session, user, notifications, site, locale) and the filter forms' choices are most of it.
BUDGETS = {
    "/en/events/": 18,
    "/en/events/?when=past&kind=round_table": 18,
    "/en/events/?view=calendar&month=2030-03": 17,
    "/en/news/": 18,
    "/en/news/?tag=tag-1": 18,
    "event page": 20,
    "participants": 20,
    "/en/agenda/calendar.ics": 2,
    "/en/agenda/news/rss/": 2,
    "/en/": 22,  # the home page with every app's panels
}


def grow(start, count, group, organiser, big_event):
    furniture = ProductGroup.objects.get(slug="furniture")
    for number in range(start, start + count):
        past = number % 2
        when = (timezone.now() - timedelta(days=3 + number) if past
                else riga(2030, 3, 1 + number % 28, 10, 0))  # fmt: skip
        event(number, when=when, kind="round_table" if past else "webinar", working_group=group,
              product_groups=[furniture], organisers=[organiser])  # fmt: skip
        news(number, tags=[f"tag-{number % 3}"], working_groups=[group])
        services.registration_create(event=big_event, user=UserFactory())
        EventSpeaker.objects.create(event=big_event, name=f"Speaker {number}")


def measure(client, url, budget, django_assert_max_num_queries) -> int:
    client.get(url)  # warm Wagtail's site and locale caches
    with django_assert_max_num_queries(budget) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


def test_query_counts_do_not_grow_with_the_data(client, django_assert_max_num_queries):
    group = WorkingGroupFactory()
    organiser = OrganisationFactory()
    big_event = event(1000, capacity=500, organisers=[organiser],
                      product_groups=list(ProductGroup.objects.all()[:3]))  # fmt: skip
    client.force_login(UserFactory(is_staff=True))  # the organiser's view of the event page
    grow(0, 10, group, organiser, big_event)
    special = {
        "event page": big_event.url,
        "participants": f"/en/agenda/{big_event.pk}/participants/",
    }
    urls = {key: special.get(key, key) for key in BUDGETS}
    small = {
        k: measure(client, u, BUDGETS[k], django_assert_max_num_queries) for k, u in urls.items()
    }
    grow(10, 100, group, organiser, big_event)
    large = {
        k: measure(client, u, BUDGETS[k], django_assert_max_num_queries) for k, u in urls.items()
    }
    assert large == small


def test_invitation_list_runs_the_same_queries_for_3_and_30_mailings(
    client, django_assert_max_num_queries
):
    from events.models import Delivery, EventInvitation, NewsletterIssue
    from tests.members.factories import EditorFactory

    page = event(1)
    client.force_login(EditorFactory())

    def add(count):
        for number in range(count):
            invitation = EventInvitation.objects.create(event=page)
            issue = NewsletterIssue.objects.create(subject=f"Issue {number}")
            Delivery.objects.create(invitation=invitation, email=f"a{number}@example.eu")
            Delivery.objects.create(issue=issue, email=f"b{number}@example.eu", status="sent")

    add(3)
    small = measure(client, "/en/agenda/invitations/", 14, django_assert_max_num_queries)
    add(27)
    assert measure(client, "/en/agenda/invitations/", 14, django_assert_max_num_queries) == small
