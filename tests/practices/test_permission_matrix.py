"""Every view of the practices app against every role. Pages themselves are Wagtail's (the
publishing workflow is in test_publishing.py); these are the views around them.

A URL added to practices/urls.py without a row here fails `test_every_url_is_in_the_matrix`.
"""

import pytest
from django.urls import reverse
from django_comments_xtd.models import XtdComment

from practices.comments import unfollow_token
from practices.models import CaseStudyPage
from practices.urls import urlpatterns
from tests.members.factories import OrganisationFactory
from tests.members.roles import users_by_role
from tests.practices.helpers import bulk_case_studies

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "member",
    "organisation admin",
    "working-group member",
    "support-unit staff",
    "moderator",
    "editor",
    "staff",
]


def everyone(code):
    return dict.fromkeys(ROLES, code)


def members_only(code, anonymous=302):
    return {**everyone(code), "anonymous": anonymous}


MATRIX = {
    # name: (method, expected status by role)
    "case_study_rss": ("GET", everyone(200)),
    "case_study_atom": ("GET", everyone(200)),
    "strategy_rss": ("GET", everyone(200)),
    "strategy_atom": ("GET", everyone(200)),
    "resource_rss": ("GET", everyone(200)),
    "resource_atom": ("GET", everyone(200)),
    "impact_dashboard": ("GET", everyone(200)),
    "case_study_index": ("GET", everyone(302)),
    "strategy_index": ("GET", everyone(302)),
    "resource_index": ("GET", everyone(302)),
    "product_group_list": ("GET", everyone(200)),
    "product_group_detail": ("GET", everyone(200)),
    "case_study_export": ("GET", everyone(200)),
    # A post without the form's signature comes back as the form with the text kept (400)
    # for members; anonymous visitors are sent to log in.
    "comment_post": ("POST", members_only(400)),
    "comment_moderation": ("GET", {**members_only(403), "moderator": 200, "staff": 200}),
    "comment_moderate": ("POST", {**members_only(403), "moderator": 302, "staff": 302}),
    "page_follow": ("POST", members_only(302)),
    "unfollow": ("GET", everyone(200)),  # the signed token is the credential
}


def test_every_url_is_in_the_matrix():
    assert {pattern.name for pattern in urlpatterns} == set(MATRIX)


@pytest.fixture
def world():
    bulk_case_studies(1, group="electricity")
    study = CaseStudyPage.objects.get()
    users = users_by_role(OrganisationFactory())
    held = XtdComment.objects.create(
        content_object=study, site_id=1, user=users["member"], comment="held", is_public=False
    )
    return study, users, held


def request_for(name, study, held, users):
    kwargs, data = {}, {}
    if name == "product_group_detail":
        kwargs = {"slug": "electricity"}
    elif name == "case_study_export":
        kwargs = {"fmt": "csv"}
    elif name == "comment_moderate":
        kwargs, data = {"comment_id": held.pk}, {"action": "approve"}
    elif name == "page_follow":
        kwargs, data = {"page_id": study.pk}, {"follow": "1"}
    elif name == "unfollow":
        kwargs = {"token": unfollow_token(user=users["member"], page_id=study.pk)}
    elif name == "comment_post":
        data = {
            "content_type": "practices.casestudypage",
            "object_pk": study.pk,
            "comment": "",
        }
    return reverse(f"practices:{name}", kwargs=kwargs), data


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", MATRIX)
def test_role_against_view(client, world, name, role):
    study, users, held = world
    method, expected = MATRIX[name]
    url, data = request_for(name, study, held, users)
    if users[role].is_authenticated:
        client.force_login(users[role])
    send = client.get if method == "GET" else client.post
    response = send(url, data)
    assert response.status_code == expected[role], f"{role} {method} {url}"
