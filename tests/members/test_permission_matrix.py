"""Every view of the members app against every role: who may see, who may change.

A URL added to members/urls.py without a row here fails `test_every_url_is_in_the_matrix`.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from members import meetings
from members.models import Invitation, JoinRequest, Membership, Organisation, WorkingGroupDocument
from members.services import invitation_create
from members.urls import urlpatterns
from tests.members.factories import (
    CriterionFactory,
    EditorFactory,
    EvidenceFactory,
    MembershipFactory,
    ModeratorFactory,
    OrganisationFactory,
    SupplierOfferFactory,
    SupportUnitFactory,
    UserFactory,
    WorkingGroupFactory,
    WorkingGroupMemberFactory,
)

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "member",
    "working-group member",
    "organisation admin",
    "admin of another organisation",
    "support-unit staff",
    "moderator",
    "editor",
    "staff",
]


@pytest.fixture
def world():
    """A supplier with its admin, a hidden organisation, a meeting, people in every role."""
    supplier = OrganisationFactory(slug="eco", kind=Organisation.Kind.MANUFACTURER, country="LV")
    hidden = OrganisationFactory(slug="hidden", is_public=False)
    admin = MembershipFactory(organisation=supplier, role=Membership.Role.ADMIN).user
    colleague = MembershipFactory(organisation=supplier)
    group = WorkingGroupFactory(slug="zemgale")
    unit = SupportUnitFactory.create_with_staff(slug="gpps-lv", host__country="LV")
    offer = SupplierOfferFactory(organisation=supplier)
    offer.criteria.add(CriterionFactory())
    evidence = EvidenceFactory(offer=offer)
    member = UserFactory()
    document = WorkingGroupDocument.objects.create(
        group=group, title="Round table minutes",
        file=SimpleUploadedFile("minutes.pdf", b"%PDF-1.7 minutes"),
    )  # fmt: skip
    meeting = meetings.meeting_request(
        requester=member, supplier=supplier, topic="Desks", product_group=offer.product_group,
        proposed_times=[timezone.now() + timedelta(days=3)],
    )  # fmt: skip
    join = JoinRequest.objects.create(organisation=supplier, user=UserFactory())
    invitation = invitation_create(
        organisation=supplier, email="new@example.lv", role="member", invited_by=admin
    )
    users = {
        "anonymous": AnonymousUser(),
        "member": member,
        "working-group member": WorkingGroupMemberFactory(group=group).user,
        "organisation admin": admin,
        "admin of another organisation": MembershipFactory(
            organisation=hidden, role=Membership.Role.ADMIN
        ).user,
        "support-unit staff": unit.staff.first(),
        "moderator": ModeratorFactory(),
        "editor": EditorFactory(),
        "staff": UserFactory(is_staff=True),
    }
    ids = {
        "slug": "eco", "membership_id": colleague.pk, "request_id": join.pk,
        "offer_id": offer.pk, "evidence_id": evidence.pk, "meeting_id": meeting.pk,
        "token": invitation.token, "document_id": document.pk,
    }  # fmt: skip
    return users, ids, meeting


def everyone(status):
    return dict.fromkeys(ROLES, status)


def members_only(status, anonymous=302):
    return {**everyone(status), "anonymous": anonymous}


ADMIN_OR_STAFF = {
    **members_only(403),
    "organisation admin": 200,
    "staff": 200,
}

# url name: (method, kwargs used, expected status by role)
MATRIX = {
    "profile": ("GET", [], members_only(200)),
    "organisation_directory": ("GET", [], everyone(200)),
    "organisation_detail": ("GET", ["slug"], everyone(200)),
    "organisation_edit": ("GET", ["slug"], ADMIN_OR_STAFF),
    "organisation_people": ("GET", ["slug"], ADMIN_OR_STAFF),
    "organisation_invite": ("POST", ["slug"], {**ADMIN_OR_STAFF, "organisation admin": 302,
                                               "staff": 302}),
    "membership_remove": ("POST", ["slug", "membership_id"], {
        **members_only(403), "organisation admin": 302, "staff": 302}),
    "membership_role": ("POST", ["slug", "membership_id"], {
        **members_only(403), "organisation admin": 302, "staff": 302}),
    "join_request_decide": ("POST", ["slug", "request_id"], {
        **members_only(403), "organisation admin": 302, "staff": 302}),
    "organisation_join": ("GET", ["slug"], members_only(200)),
    "invitation_accept": ("GET", ["token"], everyone(200)),
    "supplier_catalogue": ("GET", [], everyone(200)),
    "criteria_matching": ("GET", [], everyone(200)),
    "supplier_offers": ("GET", ["slug"], everyone(200)),
    "offer_create": ("GET", ["slug"], ADMIN_OR_STAFF),
    "offer_edit": ("GET", ["slug", "offer_id"], ADMIN_OR_STAFF),
    "evidence_create": ("GET", ["slug", "offer_id"], ADMIN_OR_STAFF),
    "evidence_verify": ("POST", ["evidence_id"], {
        **members_only(403), "support-unit staff": 302, "editor": 302, "staff": 302}),
    "meeting_request": ("GET", ["slug"], {**members_only(200), "organisation admin": 403}),
    "meeting_list": ("GET", [], members_only(200)),
    "meeting_detail": ("GET", ["meeting_id"], {
        **members_only(404), "member": 200, "organisation admin": 200,
        "support-unit staff": 200, "staff": 200}),
    "meeting_answer": ("POST", ["meeting_id"], {
        **members_only(404), "member": 302, "organisation admin": 302,
        "support-unit staff": 403, "staff": 403}),
    "meeting_ics": ("GET", ["meeting_id"], {
        **members_only(404), "member": 404, "organisation admin": 404,
        "support-unit staff": 404, "staff": 404}),  # not agreed yet: nothing to download
    "meeting_feed": ("GET", ["token"], everyone(404)),  # an invitation token is no feed key
    "notifications": ("GET", [], members_only(200)),
    "working_group_list": ("GET", [], everyone(200)),
    "working_group_detail": ("GET", ["slug"], everyone(200)),
    "support_unit_list": ("GET", [], everyone(200)),
    "support_unit_detail": ("GET", ["slug"], everyone(200)),
    # An upload without a file comes back with the form and its error for those who may upload.
    "working_group_document_upload": ("POST", ["slug"], {
        **members_only(403), "working-group member": 200, "staff": 200}),
    "working_group_document": ("GET", ["slug", "document_id"], {
        **members_only(404), "working-group member": 200, "staff": 200}),
    "market_research_create": ("GET", ["slug"], {
        **members_only(403), "support-unit staff": 200, "staff": 200}),
}  # fmt: skip
SLUG_OVERRIDES = {
    "criteria_matching": "furniture",
    "working_group_detail": "zemgale",
    "market_research_create": "gpps-lv",
    "support_unit_detail": "gpps-lv",
}
GROUP_URLS = {"working_group_document_upload", "working_group_document"}
POST_DATA = {
    "organisation_invite": {"email": "colleague@example.lv", "role": "member"},
    "membership_role": {"role": "admin"},
    "join_request_decide": {"decision": "approve"},
    "meeting_answer": {"action": "decline", "answer": "Not this month."},
}


def test_every_url_is_in_the_matrix():
    assert {pattern.name for pattern in urlpatterns} == set(MATRIX)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", MATRIX)
def test_role_against_view(client, world, name, role):
    users, ids, _meeting = world
    method, params, expected = MATRIX[name]
    kwargs = {param: ids[param] for param in params}
    if name in SLUG_OVERRIDES:
        kwargs = {"slug": SLUG_OVERRIDES[name]}
    if name in GROUP_URLS:
        kwargs["slug"] = "zemgale"
    url = reverse(f"members:{name}", kwargs=kwargs)
    if users[role].is_authenticated:
        client.force_login(users[role])
    send = client.get if method == "GET" else client.post
    response = send(url, POST_DATA.get(name, {}))
    assert response.status_code == expected[role], f"{role} {method} {url}"


def test_hidden_organisation_is_seen_only_by_its_members_and_staff(client, world):
    users, _ids, _meeting = world
    url = reverse("members:organisation_detail", kwargs={"slug": "hidden"})
    for role in ROLES:
        client.logout()
        if users[role].is_authenticated:
            client.force_login(users[role])
        expected = 200 if role in ("admin of another organisation", "staff") else 404
        assert client.get(url).status_code == expected, role
    assert Invitation.objects.count() == 1
