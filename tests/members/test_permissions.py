"""The permission functions as a matrix of roles."""

import pytest

from members.permissions import can_edit_organisation, can_edit_profile, is_editor, is_moderator
from tests.members.factories import EditorFactory, OrganisationFactory
from tests.members.roles import users_by_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory()


@pytest.fixture
def roles(organisation):
    return users_by_role(organisation)


MATRIX = {
    # role: (is_editor, is_moderator, can_edit_organisation)
    "anonymous": (False, False, False),
    "member": (False, False, False),
    "organisation member": (False, False, False),
    "organisation admin": (False, False, True),
    "admin of another organisation": (False, False, False),
    "moderator": (False, True, False),
    "editor": (True, False, False),
    "staff": (False, False, True),
    "deactivated staff": (False, False, False),
}


@pytest.mark.parametrize("role", MATRIX)
def test_role_matrix(roles, organisation, role):
    user = roles[role]
    expected = MATRIX[role]
    assert (is_editor(user), is_moderator(user), can_edit_organisation(user, organisation)) == (
        expected
    )


def test_only_the_owner_or_staff_edits_a_profile(roles):
    owner = roles["member"]
    assert can_edit_profile(owner, owner)
    assert can_edit_profile(roles["staff"], owner)
    assert not can_edit_profile(roles["moderator"], owner)
    assert not can_edit_profile(roles["anonymous"], owner)


def test_group_lookups_are_cached_per_user_object(django_assert_num_queries):
    editor = EditorFactory()
    with django_assert_num_queries(1):
        assert is_editor(editor)
        assert not is_moderator(editor)
