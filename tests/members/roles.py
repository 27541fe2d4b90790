"""One person in each role around an organisation, for the permission tests."""

from django.contrib.auth.models import AnonymousUser

from members.models import Membership
from tests.members.factories import (
    EditorFactory,
    MembershipFactory,
    ModeratorFactory,
    OrganisationFactory,
    SupportUnitFactory,
    UserFactory,
    WorkingGroupMemberFactory,
)


def users_by_role(organisation) -> dict:
    other = OrganisationFactory()
    return {
        "anonymous": AnonymousUser(),
        "member": UserFactory(),
        "organisation member": MembershipFactory(organisation=organisation).user,
        "organisation admin": MembershipFactory(
            organisation=organisation, role=Membership.Role.ADMIN
        ).user,
        "admin of another organisation": MembershipFactory(
            organisation=other, role=Membership.Role.ADMIN
        ).user,
        "working-group member": WorkingGroupMemberFactory().user,
        "support-unit staff": SupportUnitFactory.create_with_staff().staff.first(),
        "moderator": ModeratorFactory(),
        "editor": EditorFactory(),
        "staff": UserFactory(is_staff=True),
        "deactivated staff": UserFactory(is_staff=True, is_active=False),
    }
