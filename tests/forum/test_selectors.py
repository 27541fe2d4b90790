from datetime import timedelta

import pytest
from django.utils import timezone

from forum.models import Category
from forum.selectors import forum_index, helpdesk_overview
from tests.forum.factories import CategoryFactory, GroupCategoryFactory, ThreadFactory
from tests.members.factories import SupportUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_helpdesk_lists_open_questions_per_unit_with_age_and_median_first_response():
    unit = SupportUnitFactory()
    category = CategoryFactory(kind=Category.Kind.HELPDESK, support_unit=unit)
    now = timezone.now()
    for hours in (1, 3, 8):  # answered after 1, 3 and 8 hours: the median is 3
        created = now - timedelta(days=2)
        ThreadFactory(
            category=category, created=created, first_response=created + timedelta(hours=hours)
        )
    old = ThreadFactory(category=category, created=now - timedelta(days=10), title="Old one")
    (entry,) = helpdesk_overview(user=UserFactory())
    assert entry.unit == unit
    assert entry.median_first_response == timedelta(hours=3)
    assert entry.open_questions[0] == old  # oldest first
    assert entry.open_questions[0].age >= timedelta(days=10)


def test_index_counts_visible_threads_and_hides_private_categories():
    public = CategoryFactory(name="Public")
    sub = CategoryFactory(name="Sub", parent=public)
    ThreadFactory(category=sub, title="In the sub-category")
    ThreadFactory(category=public)
    ThreadFactory(category=public, hidden=True)
    GroupCategoryFactory(name="Secret")
    categories = forum_index(user=UserFactory())
    assert [c.name for c in categories] == ["Public"]
    assert categories[0].thread_count == 2  # its own and its sub-category's
    assert categories[0].subs[0].thread_count == 1
    assert [c.name for c in categories[0].subs] == ["Sub"]
