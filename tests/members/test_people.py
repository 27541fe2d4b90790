"""Organisation admins invite colleagues, answer join requests and remove members."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from members.models import Invitation, JoinRequest, Membership, Notification, OrganisationChange
from tests.members.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Zemgale Energy Agency")


@pytest.fixture
def admin(organisation):
    return MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user


def invite(client, organisation, email="colleague@example.lv", role="member"):
    return client.post(
        f"/en/organisations/{organisation.slug}/people/invite/", {"email": email, "role": role}
    )


def test_invited_colleague_joins_once(
    client, organisation, admin, django_capture_on_commit_callbacks
):
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, organisation)
    assert response["Location"] == f"/en/organisations/{organisation.slug}/people/"
    assert len(mail.outbox) == 1
    assert "Zemgale Energy Agency" in mail.outbox[0].subject
    link = re.search(r"http://testserver(/en/invitations/\S+/)", mail.outbox[0].body).group(1)

    colleague = UserFactory(email="colleague@example.lv")
    client.force_login(colleague)
    assert "Accept the invitation" in client.get(link).content.decode()
    response = client.post(link)
    assert response["Location"] == f"/en/organisations/{organisation.slug}/"
    assert Membership.objects.filter(user=colleague, organisation=organisation).exists()

    # The link works once: a second use (by anyone) is refused with a message.
    other = UserFactory()
    client.force_login(other)
    html = client.post(link, follow=True).content.decode()
    assert "This invitation has already been used." in html
    assert not Membership.objects.filter(user=other, organisation=organisation).exists()
    actions = list(OrganisationChange.objects.values_list("action", flat=True))
    assert {"invited", "joined_by_invitation"} <= set(actions)


def test_an_expired_invitation_is_refused(client, organisation, admin):
    client.force_login(admin)
    invite(client, organisation)
    invitation = Invitation.objects.get()
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    client.force_login(UserFactory())
    html = client.post(f"/en/invitations/{invitation.token}/", follow=True).content.decode()
    assert "This invitation expired. Ask Zemgale Energy Agency for a new one." in html
    assert Membership.objects.filter(organisation=organisation).count() == 1


def test_an_unknown_invitation_link_says_so(client):
    response = client.get("/en/invitations/not-a-real-token/")
    assert response.status_code == 404
    assert "This invitation link is not valid" in response.content.decode()


def test_anonymous_visitor_is_asked_to_log_in_first(client, organisation, admin):
    client.force_login(admin)
    invite(client, organisation)
    client.logout()
    token = Invitation.objects.get().token
    html = client.get(f"/en/invitations/{token}/").content.decode()
    assert f"/en/accounts/login/?next=/en/invitations/{token}/" in html


def test_inviting_a_member_again_is_explained_and_keeps_the_form(client, organisation, admin):
    client.force_login(admin)
    response = invite(client, organisation, email=admin.email.upper())
    assert response.status_code == 200
    html = response.content.decode()
    assert "is already a member." in html
    assert not Invitation.objects.exists()


def test_a_bad_email_in_the_invitation_form_is_explained(client, organisation, admin):
    client.force_login(admin)
    response = invite(client, organisation, email="not-an-email")
    assert "Enter a valid email address." in response.content.decode()
    assert 'value="not-an-email"' in response.content.decode()


def test_only_admins_of_this_organisation_invite(client, organisation):
    outsider = MembershipFactory(role=Membership.Role.ADMIN).user  # admin elsewhere
    client.force_login(outsider)
    assert invite(client, organisation).status_code == 403
    assert client.get(f"/en/organisations/{organisation.slug}/people/").status_code == 403
    assert not Invitation.objects.exists()


def test_join_request_approved_by_an_admin(client, organisation, admin):
    applicant = UserFactory()
    client.force_login(applicant)
    client.post(
        f"/en/organisations/{organisation.slug}/join/", {"message": "I buy for our schools."}
    )
    again = client.post(f"/en/organisations/{organisation.slug}/join/", {}, follow=True)
    assert "You have already asked to join" in again.content.decode()
    join_request = JoinRequest.objects.get()
    assert (
        Notification.objects.get(user=admin).url == f"/en/organisations/{organisation.slug}/people/"
    )

    client.force_login(admin)
    people = client.get(f"/en/organisations/{organisation.slug}/people/").content.decode()
    assert "I buy for our schools." in people
    client.post(
        f"/en/organisations/{organisation.slug}/join-requests/{join_request.pk}/",
        {"decision": "approve"},
    )
    assert Membership.objects.filter(user=applicant, organisation=organisation).exists()
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.APPROVED
    assert Notification.objects.filter(
        user=applicant, text="You are now a member of Zemgale Energy Agency."
    ).exists()


def test_admin_removes_a_member_but_never_the_last_admin(client, organisation, admin):
    member = MembershipFactory(organisation=organisation)
    client.force_login(admin)
    client.post(f"/en/organisations/{organisation.slug}/people/{member.pk}/remove/")
    assert not Membership.objects.filter(pk=member.pk).exists()

    own = Membership.objects.get(user=admin)
    html = client.post(
        f"/en/organisations/{organisation.slug}/people/{own.pk}/remove/", follow=True
    ).content.decode()
    assert "An organisation needs at least one admin" in html
    assert Membership.objects.filter(pk=own.pk).exists()
    assert OrganisationChange.objects.filter(action="member_removed").count() == 1


def test_admin_changes_a_role(client, organisation, admin):
    member = MembershipFactory(organisation=organisation)
    client.force_login(admin)
    client.post(
        f"/en/organisations/{organisation.slug}/people/{member.pk}/role/", {"role": "admin"}
    )
    member.refresh_from_db()
    assert member.role == Membership.Role.ADMIN


def test_people_page_query_count_is_flat(
    client, organisation, admin, django_assert_max_num_queries
):
    client.force_login(admin)
    client.get(f"/en/organisations/{organisation.slug}/people/")
    with django_assert_max_num_queries(14) as small:
        client.get(f"/en/organisations/{organisation.slug}/people/")
    for _ in range(10):
        MembershipFactory(organisation=organisation)
        JoinRequest.objects.create(organisation=organisation, user=UserFactory())
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(f"/en/organisations/{organisation.slug}/people/")
