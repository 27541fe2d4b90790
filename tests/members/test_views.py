import pytest

from members.models import Membership
from tests.members.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_needs_log_in(client):
    response = client.get("/en/members/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_member_edits_their_profile(client, user):
    client.force_login(user)
    response = client.post(
        "/en/members/profile/",
        {"display_name": "Anna B.", "first_name": "Anna", "last_name": "Bērziņa",
         "preferred_language": "lv"},
    )  # fmt: skip
    assert response["Location"] == "/en/members/profile/"
    user.refresh_from_db()
    assert (user.display_name, user.last_name, user.preferred_language) == (
        "Anna B.",
        "Bērziņa",
        "lv",
    )
    assert "Your profile has been saved." in client.get("/en/members/profile/").content.decode()


def test_profile_errors_keep_what_was_typed(client, user):
    client.force_login(user)
    response = client.post(
        "/en/members/profile/",
        {"display_name": "Anna B.", "first_name": "Anna", "preferred_language": "xx"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Anna B."' in html
    assert "Select a valid choice." in html
    user.refresh_from_db()
    assert user.display_name != "Anna B."


def test_profile_lists_organisations_with_latvian_plurals(
    client, user, django_assert_max_num_queries
):
    for _ in range(2):
        MembershipFactory(user=user, role=Membership.Role.ADMIN)
    client.force_login(user)
    english = client.get("/en/members/profile/").content.decode()
    assert "You belong to 2 organisations." in english
    with django_assert_max_num_queries(8):
        latvian = client.get("/lv/members/profile/").content.decode()
    assert "Jūs esat 2 organizāciju dalībnieks." in latvian


def test_staff_edit_display_name_and_language_in_the_wagtail_admin(client, user):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    page = client.get(f"/admin/users/edit/{user.pk}/")
    assert 'name="display_name"' in page.content.decode()
    assert 'name="preferred_language"' in page.content.decode()
    response = client.post(
        f"/admin/users/edit/{user.pk}/",
        {
            "email": user.email,
            "first_name": "Anna",
            "last_name": "Bērziņa",
            "display_name": "Anna (LV)",
            "preferred_language": "lv",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.preferred_language) == ("Anna (LV)", "lv")


def test_member_chooses_to_show_a_profile_with_expertise(client, user):
    from kb_site.taxonomy import ProductGroup

    organisation = MembershipFactory(user=user).organisation
    food, furniture = ProductGroup.objects.filter(
        slug__in=["food-catering-and-vending", "furniture"]
    ).order_by("slug")
    client.force_login(user)
    page = f"/en/organisations/{organisation.slug}/"
    assert f"<strong>{user.display_name}</strong>" not in client.get(page).content.decode()
    client.post(
        "/en/members/profile/",
        {
            "display_name": "Anna B.",
            "first_name": "",
            "last_name": "",
            "preferred_language": "en",
            "public-is_public": "on",
            "public-country": "LV",
            "public-expertise": [food.pk, furniture.pk],
            "public-bio": "Buyer for schools.",
        },
    )
    html = client.get(page).content.decode()
    assert "<strong>Anna B.</strong>" in html
    assert "Food, catering and vending, Furniture" in html


def test_member_adds_a_photo_and_a_bad_one_is_refused(client, user):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from members.models import MemberProfile

    organisation = MembershipFactory(user=user).organisation
    client.force_login(user)
    base = {
        "display_name": "Anna B.",
        "preferred_language": "en",
        "public-is_public": "on",
        "public-bio": "Buyer for 14 schools in Jelgava.",
    }
    bad = SimpleUploadedFile("me.png", b"not an image", "image/png")
    response = client.post("/en/members/profile/", {**base, "public-avatar": bad})
    assert "This file is not a PNG, JPEG or WebP image." in response.content.decode()
    assert "Buyer for 14 schools in Jelgava." in response.content.decode()  # kept

    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "green").save(buffer, "PNG")
    photo = SimpleUploadedFile("me.png", buffer.getvalue(), "image/png")
    client.post("/en/members/profile/", {**base, "public-avatar": photo})
    assert MemberProfile.objects.get(user=user).avatar.name.startswith("members/avatars/")
    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert "Buyer for 14 schools in Jelgava." in html
    assert 'class="person__photo"' in html
