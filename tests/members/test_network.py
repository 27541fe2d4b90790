"""Organisations, working groups and support units as visitors and organisation admins see them."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from kb_site.taxonomy import ProductGroup
from members.models import Membership, Organisation, OrganisationChange
from tests.members.factories import (
    MemberProfileFactory,
    MembershipFactory,
    OrganisationFactory,
    SupportUnitFactory,
    UserFactory,
    WorkingGroupFactory,
    WorkingGroupMemberFactory,
)
from tests.members.roles import users_by_role

pytestmark = pytest.mark.django_db


def png(width=64, height=64, size_hint=0) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "green").save(buffer, "PNG")
    return buffer.getvalue() + b"\0" * size_hint


# --- the directory -------------------------------------------------------------------------


def test_directory_filters_by_kind_country_and_working_group(client):
    group = WorkingGroupFactory()
    riga = OrganisationFactory(name="Rīgas pašvaldība", kind="municipality", country="LV")
    group.organisations.add(riga)
    OrganisationFactory(name="Zagreb municipality", kind="municipality", country="HR")
    OrganisationFactory(name="Eco Furniture", kind="manufacturer", country="LV")

    html = client.get("/en/organisations/?kind=municipality&country=LV").content.decode()
    assert "Rīgas pašvaldība" in html
    assert "Zagreb municipality" not in html
    assert "Eco Furniture" not in html
    assert "1 organisation found." in html

    html = client.get(f"/en/organisations/?working_group={group.slug}").content.decode()
    assert "Rīgas pašvaldība" in html
    assert "Eco Furniture" not in html


def test_directory_keeps_filters_when_paging(client):
    for _ in range(30):
        OrganisationFactory(kind="municipality")
    html = client.get("/en/organisations/?kind=municipality").content.decode()
    assert 'href="?kind=municipality&amp;page=2"' in html
    assert "Page 1 of 2" in html


def test_bad_filter_values_show_everything_not_an_error(client):
    OrganisationFactory(name="Tartu Energy Agency")
    response = client.get("/en/organisations/?kind=spaceship&page=abc")
    assert response.status_code == 200
    assert "Tartu Energy Agency" in response.content.decode()


def test_hidden_organisations_are_seen_only_by_their_members(client):
    hidden = OrganisationFactory(name="Quiet Agency", is_public=False)
    member = MembershipFactory(organisation=hidden).user
    assert "Quiet Agency" not in client.get("/en/organisations/").content.decode()
    assert client.get(f"/en/organisations/{hidden.slug}/").status_code == 404
    client.force_login(UserFactory())
    assert client.get(f"/en/organisations/{hidden.slug}/").status_code == 404
    client.force_login(member)
    assert "Quiet Agency" in client.get("/en/organisations/").content.decode()
    assert client.get(f"/en/organisations/{hidden.slug}/").status_code == 200


@pytest.mark.parametrize("language", ["en", "lv"])
def test_directory_query_count_stays_flat_as_organisations_grow(
    client, language, django_assert_max_num_queries
):
    for _ in range(3):
        OrganisationFactory()
    client.get(f"/{language}/organisations/")
    with django_assert_max_num_queries(6) as small:
        client.get(f"/{language}/organisations/")
    for _ in range(30):
        OrganisationFactory()
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(f"/{language}/organisations/")


# --- the profile page ----------------------------------------------------------------------


def test_profile_shows_people_who_allow_it_and_the_working_groups(client):
    organisation = OrganisationFactory(description="We run **round tables**.")
    shown = MembershipFactory(organisation=organisation, user__display_name="Anna Shown")
    MemberProfileFactory(user=shown.user, is_public=True)
    MembershipFactory(organisation=organisation, user__display_name="Bruno Private")
    group = WorkingGroupFactory(name="Zemgale GPP working group")
    group.organisations.add(organisation)

    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert "Anna Shown" in html
    assert "Bruno Private" not in html
    assert "Zemgale GPP working group" in html
    assert "<strong>round tables</strong>" in html  # markdown, sanitised
    assert "Edit profile" not in html


def test_profile_query_count_stays_flat_as_people_and_groups_grow(
    client, django_assert_max_num_queries
):
    organisation = OrganisationFactory()

    def add_person_and_group():
        membership = MembershipFactory(organisation=organisation)
        profile = MemberProfileFactory(user=membership.user, is_public=True)
        profile.expertise.add(ProductGroup.objects.first())
        WorkingGroupFactory().organisations.add(organisation)

    add_person_and_group()
    client.get(f"/en/organisations/{organisation.slug}/")
    # The profile's own 6, then one per panel: case studies, forum activity, events.
    with django_assert_max_num_queries(9) as small:
        client.get(f"/en/organisations/{organisation.slug}/")
    for _ in range(10):
        add_person_and_group()
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(f"/en/organisations/{organisation.slug}/")


def test_member_text_cannot_inject_script(client):
    organisation = OrganisationFactory(
        description=(
            "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"
        )
    )
    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    # Shown as the text that was typed, never as elements the browser would run.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert 'href="javascript:' not in html
    assert "<img src=x onerror" not in html


# --- editing by an organisation admin ------------------------------------------------------


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Zemgale Energy Agency", website="https://zrea.example.lv")


def edit_data(organisation, **changes):
    data = {
        "name": organisation.name,
        "region": organisation.region,
        "address": organisation.address,
        "website": organisation.website,
        "description_en": organisation.description_en or "",
        "description_lv": organisation.description_lv or "",
        "contact_email": organisation.contact_email,
        "contact_phone": organisation.contact_phone,
        "is_public": "on" if organisation.is_public else "",
    }
    data.update(changes)
    return data


EDIT_MATRIX = {
    # role: (GET edit page, POST edit)
    "anonymous": (302, 302),
    "member": (403, 403),
    "organisation member": (403, 403),
    "organisation admin": (200, 302),
    "admin of another organisation": (403, 403),
    "working-group member": (403, 403),
    "support-unit staff": (403, 403),
    "moderator": (403, 403),
    "editor": (403, 403),
    "staff": (200, 302),
}


@pytest.mark.parametrize("role", EDIT_MATRIX)
def test_who_may_edit_an_organisation(client, organisation, role):
    user = users_by_role(organisation)[role]
    if user.is_authenticated:
        client.force_login(user)
    url = f"/en/organisations/{organisation.slug}/edit/"
    expected_get, expected_post = EDIT_MATRIX[role]
    assert client.get(url).status_code == expected_get
    response = client.post(url, edit_data(organisation, name="Renamed by " + role))
    assert response.status_code == expected_post
    organisation.refresh_from_db()
    renamed = organisation.name == "Renamed by " + role
    assert renamed == (expected_post == 302 and role != "anonymous")


def test_admin_edit_is_saved_and_kept_in_the_history(client, organisation):
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    response = client.post(
        f"/en/organisations/{organisation.slug}/edit/",
        {**edit_data(organisation, contact_phone="+371 6300 0000"), "logo": SimpleUploadedFile(
            "logo.png", png(), content_type="image/png")},
    )  # fmt: skip
    assert response["Location"] == f"/en/organisations/{organisation.slug}/"
    organisation.refresh_from_db()
    assert organisation.contact_phone == "+371 6300 0000"
    assert organisation.logo.name.startswith("organisations/logos/")
    change = OrganisationChange.objects.get(organisation=organisation)
    assert change.actor == admin
    assert set(change.details) == {"contact_phone", "logo"}
    page = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert "Change history" in page
    assert "contact_phone" in page


def test_saving_without_changes_writes_no_history(client, organisation):
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    client.post(f"/en/organisations/{organisation.slug}/edit/", edit_data(organisation))
    assert not OrganisationChange.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", "image/png"),
         "This file is not a PNG, JPEG or WebP image."),
        (SimpleUploadedFile("logo.png", png(size_hint=3 * 1024 * 1024), "image/png"),
         "The image is 3.0 MB; the limit is 2 MB."),
        (SimpleUploadedFile("logo.png", png(5000, 5000), "image/png"),
         "The image is 5000×5000 pixels; the limit is 4096×4096."),  # noqa: RUF001
    ],
)  # fmt: skip
def test_a_bad_logo_is_refused_with_the_reason_and_the_rest_is_kept(
    client, organisation, upload, message
):
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    response = client.post(
        f"/en/organisations/{organisation.slug}/edit/",
        {**edit_data(organisation, contact_phone="+371 2000 0000"), "logo": upload},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="+371 2000 0000"' in html  # what was typed is still there
    organisation.refresh_from_db()
    assert not organisation.logo


def test_a_website_that_is_not_a_url_gets_a_message(client, organisation):
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    client.force_login(admin)
    response = client.post(
        f"/en/organisations/{organisation.slug}/edit/",
        edit_data(organisation, website="not a website"),
    )
    assert "Enter a valid URL." in response.content.decode()
    assert 'value="not a website"' in response.content.decode()


# --- working groups and support units ------------------------------------------------------


def test_working_group_page_lists_participating_organisations_by_kind(client):
    group = WorkingGroupFactory(name="Vidzeme GPP working group")
    group.organisations.add(
        OrganisationFactory(name="Valmiera municipality", kind="municipality"),
        OrganisationFactory(name="Vidzeme planning region", kind="planning_region"),
        OrganisationFactory(name="Hidden member", is_public=False),
    )
    WorkingGroupMemberFactory(group=group, is_coordinator=True, user__display_name="Coord Ina")
    html = client.get(f"/en/working-groups/{group.slug}/").content.decode()
    assert "Valmiera municipality" in html
    assert "Vidzeme planning region" in html
    assert "Hidden member" not in html
    assert "Municipality" in html
    assert "Coord Ina" in html
    listing = client.get("/en/working-groups/").content.decode()
    assert "Vidzeme GPP working group" in listing
    assert "2 participating organisations" in listing or "3 participating organisations" in listing


def test_support_units_are_listed_by_country(client):
    SupportUnitFactory(name="Latvian GPP support unit", host__country="LV")
    SupportUnitFactory(name="Croatian GPP support unit", host__country="HR")
    html = client.get("/lv/support-units/").content.decode()
    assert "Latvija" in html
    assert "Horvātija" in html
    assert html.index("Croatian GPP support unit") < html.index("Latvian GPP support unit") or (
        html.index("Horvātija") < html.index("Latvija")
    )


def test_home_page_links_to_the_organisations_directory_and_the_catalogue(client):
    html = client.get("/en/").content.decode()
    assert 'href="/en/organisations/"' in html
    assert 'href="/en/suppliers/"' in html


def test_hidden_organisation_is_refused_from_the_edit_url_too(client):
    hidden = OrganisationFactory(is_public=False)
    client.force_login(UserFactory())
    assert client.get(f"/en/organisations/{hidden.slug}/edit/").status_code == 404
    assert Organisation.objects.filter(pk=hidden.pk).exists()
