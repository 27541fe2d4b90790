"""The benchmark data set: the counts asked for, a progress bar, and a second run adds none."""

import io

import pytest
from django.core.management import call_command

from forum import load_data as forum_load
from forum.models import Post, Thread
from members import load_data as members_load
from members.models import Evidence, Organisation, SupplierOffer
from practices import load_data as practices_load
from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def test_generate_load_data_makes_the_scaled_counts_once(monkeypatch):
    monkeypatch.setattr(members_load, "ORGANISATIONS", 12)
    monkeypatch.setattr(members_load, "OFFERS", 30)
    monkeypatch.setattr(practices_load, "CASE_STUDIES", 60)
    for _run in range(2):
        err = io.StringIO()
        call_command("generate_load_data", "--scale", "2", stdout=io.StringIO(), stderr=err)
    assert "case studies: 100%" in err.getvalue()
    assert "120/120" in err.getvalue()
    assert Organisation.objects.filter(slug__startswith="load-").count() == 24
    assert SupplierOffer.objects.filter(title__startswith="Load offer").count() == 60
    assert Evidence.objects.filter(offer__title__startswith="Load offer").count() == 60
    studies = CaseStudyPage.objects.live().filter(slug__startswith="load-")
    assert studies.count() == 120
    assert studies.filter(procurer__isnull=False).count() == 120
    assert len({s.country for s in studies}) > 5


def test_the_forum_gets_its_threads_and_one_long_thread(monkeypatch):
    monkeypatch.setattr(members_load, "ORGANISATIONS", 3)
    monkeypatch.setattr(members_load, "OFFERS", 3)
    monkeypatch.setattr(practices_load, "CASE_STUDIES", 1)
    monkeypatch.setattr(forum_load, "THREADS", 30)
    call_command("generate_load_data", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("generate_load_data", stdout=io.StringIO(), stderr=io.StringIO())
    assert Thread.objects.filter(category__slug="load-talk").count() == 31
    long = Thread.objects.get(slug="load-thread-200-posts")
    assert long.posts.count() == 200
    assert Post.objects.filter(thread__category__slug="load-talk").count() == 230
    assert all(t.last_post_id for t in Thread.objects.filter(category__slug="load-talk"))
