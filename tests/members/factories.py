from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from modeltranslation.translator import translator

from kb_site.taxonomy import Criterion, ProductGroup
from members.models import (
    Evidence,
    MemberProfile,
    Membership,
    Organisation,
    SupplierOffer,
    SupportUnit,
    User,
    WorkingGroup,
    WorkingGroupMember,
)
from members.permissions import EDITORS_GROUP, MODERATORS_GROUP


class EnglishTextsFactory(factory.django.DjangoModelFactory):
    """`name="..."` writes the English column of a translated field (members/translation.py).

    Left to modeltranslation it would write the active language's, and a test that has just
    requested a /lv/ page would get a Latvian name it did not ask for."""

    class Meta:
        abstract = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for field in translator.get_options_for_model(cls._meta.model).fields:
            if field in kwargs:
                value = kwargs.pop(field)
                kwargs.setdefault(f"{field}_en", value)  # an explicit name_en= wins
        return kwargs


class UserFactory(factory.django.DjangoModelFactory):
    """A member whose e-mail address is verified, so they can log in."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", "green-tender-2026")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.update_or_create(
                user=self,
                email=self.email,
                defaults={"verified": extracted is not False, "primary": True},
            )

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class EditorFactory(UserFactory):
    """A member of Wagtail's Editors group: writes pages, cannot publish without review."""

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        self.groups.add(Group.objects.get(name=EDITORS_GROUP))


class ModeratorFactory(UserFactory):
    """A member of Wagtail's Moderators group: reviews and publishes, moderates the forum."""

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        self.groups.add(Group.objects.get(name=MODERATORS_GROUP))


class OrganisationFactory(EnglishTextsFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Energy agency {n}")
    slug = factory.Sequence(lambda n: f"energy-agency-{n}")
    kind = Organisation.Kind.ENERGY_AGENCY
    country = "LV"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.MEMBER


class MemberProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberProfile

    user = factory.SubFactory(UserFactory)
    is_public = False


class WorkingGroupFactory(EnglishTextsFactory):
    class Meta:
        model = WorkingGroup

    name = factory.Sequence(lambda n: f"Regional GPP working group {n}")
    slug = factory.Sequence(lambda n: f"working-group-{n}")
    country = "LV"
    region = "Zemgale"


class WorkingGroupMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroupMember

    group = factory.SubFactory(WorkingGroupFactory)
    user = factory.SubFactory(UserFactory)


class SupportUnitFactory(EnglishTextsFactory):
    class Meta:
        model = SupportUnit

    name = factory.Sequence(lambda n: f"GPP support unit {n}")
    slug = factory.Sequence(lambda n: f"support-unit-{n}")
    host = factory.SubFactory(OrganisationFactory)

    @classmethod
    def create_with_staff(cls, **kwargs):
        unit = cls(**kwargs)
        unit.staff.add(UserFactory())
        return unit


class CriterionFactory(EnglishTextsFactory):
    class Meta:
        model = Criterion

    product_group = factory.LazyFunction(lambda: ProductGroup.objects.get(slug="furniture"))
    code = factory.Sequence(lambda n: f"TS{n}")
    text = factory.Sequence(lambda n: f"Criterion text {n}")
    level = Criterion.Level.CORE
    type = Criterion.Type.TECHNICAL_SPECIFICATION


class SupplierOfferFactory(EnglishTextsFactory):
    class Meta:
        model = SupplierOffer

    organisation = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.MANUFACTURER)
    title = factory.Sequence(lambda n: f"Green offer {n}")
    product_group = factory.LazyFunction(lambda: ProductGroup.objects.get(slug="furniture"))
    country = "LV"


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    offer = factory.SubFactory(SupplierOfferFactory)
    kind = Evidence.Kind.ECOLABEL
    name = "EU Ecolabel"
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=100))


def logged_in(user=None) -> Client:
    """A test client logged in as ``user`` (a new member when none is given)."""
    client = Client()
    client.force_login(user or UserFactory())
    return client
