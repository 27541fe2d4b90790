"""A small forum with one person in every role, for the permission and view tests."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from forum.models import Category, Post, Suspension, Thread
from tests.forum.factories import CategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupMemberFactory,
)
from tests.members.roles import users_by_role

ROLES = [
    "anonymous",
    "member",
    "working-group member",
    "non-member of the group",
    "organisation admin",
    "support-unit staff",
    "moderator",
    "editor",
    "suspended member",
    "staff",
]


@dataclass
class World:
    users: dict
    public: Category
    private: Category
    helpdesk: Category
    public_thread: Thread
    private_thread: Thread
    question: Thread
    public_post: Post  # a reply by somebody outside the roles
    private_post: Post
    answer: Post  # a helpdesk answer by somebody outside the roles
    held_post: Post
    organisation: object


def build_world() -> World:
    organisation = OrganisationFactory()
    people = users_by_role(organisation)
    users = {role: people[role] for role in ROLES if role in people}
    users["non-member of the group"] = WorkingGroupMemberFactory().user
    suspended = UserFactory()
    Suspension.objects.create(
        user=suspended, until=timezone.now() + timedelta(days=3), reason="Spam", created_by=None
    )
    users["suspended member"] = suspended
    group = users["working-group member"].working_group_seats.get().group
    unit = users["support-unit staff"].support_units.get()

    public = CategoryFactory(name="Road lighting", slug="road-lighting")
    private = CategoryFactory(
        name="Zemgale group", slug="zemgale", kind=Category.Kind.WORKING_GROUP, working_group=group
    )
    helpdesk = CategoryFactory(
        name="Ask the unit", slug="ask", kind=Category.Kind.HELPDESK, support_unit=unit
    )
    author = UserFactory()
    MembershipFactory(user=author, organisation=organisation)
    public_thread = ThreadFactory(category=public, author=author, title="Public LED thread")
    private_thread = ThreadFactory(category=private, author=author, title="Secret group thread")
    question = ThreadFactory(category=helpdesk, author=author, title="Which criteria?")
    return World(
        users=users,
        public=public,
        private=private,
        helpdesk=helpdesk,
        public_thread=public_thread,
        private_thread=private_thread,
        question=question,
        public_post=PostFactory(thread=public_thread, author=author),
        private_post=PostFactory(thread=private_thread, author=author),
        answer=PostFactory(thread=question, author=UserFactory()),
        held_post=PostFactory(thread=public_thread, author=UserFactory(), held=True),
        organisation=organisation,
    )
