"""A notification reads in its reader's language, whatever the language of the request that
caused it: it is kept as a message and its values and translated on the notifications page;
the e-mail that goes with it is in the recipient's preferred language."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from forum import services
from members.models import JoinRequest, Membership, Notification
from members.services import notify
from tests.forum.factories import PostFactory, ThreadFactory
from tests.members.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def notifications_page(client, language) -> str:
    with translation.override(language):
        url = reverse("members:notifications")
    assert url.startswith(f"/{language}/")
    return " ".join(client.get(url).content.decode().split())


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Zemgale Energy Agency")


def test_a_latvian_admin_reads_a_join_request_from_an_english_page_in_latvian(client, organisation):
    admin = MembershipFactory(
        organisation=organisation, role=Membership.Role.ADMIN, user__preferred_language="lv"
    ).user
    applicant = UserFactory(preferred_language="en")
    client.force_login(applicant)
    client.post(f"/en/organisations/{organisation.slug}/join/", {"message": "Hello"})  # English

    client.force_login(admin)
    page = notifications_page(client, "lv")
    name = applicant.get_full_name()
    assert f"{name} lūdz pievienoties organizācijai Zemgale Energy Agency." in page
    assert "asks to join" not in page


def test_an_english_member_reads_the_answer_given_from_a_latvian_page_in_english(
    client, organisation
):
    admin = MembershipFactory(
        organisation=organisation, role=Membership.Role.ADMIN, user__preferred_language="lv"
    ).user
    applicant = UserFactory(preferred_language="en")
    client.force_login(applicant)
    client.post(f"/en/organisations/{organisation.slug}/join/", {})
    join_request = JoinRequest.objects.get(user=applicant)
    client.force_login(admin)
    client.post(  # the admin answers in Latvian
        f"/lv/organisations/{organisation.slug}/join-requests/{join_request.pk}/",
        {"decision": "approve"},
    )

    client.force_login(applicant)
    page = notifications_page(client, "en")
    assert "You are now a member of Zemgale Energy Agency." in page
    assert "dalībnieks" not in page


def test_a_member_who_switches_language_reads_the_same_notification_in_the_new_one(
    client, organisation
):
    member = UserFactory(preferred_language="lv")
    notify(
        user=member,
        message="You are now a member of %(organisation)s.",
        params={"organisation": organisation.name},
    )
    (notification,) = Notification.objects.filter(user=member)
    assert notification.text == "Tagad jūs esat organizācijas Zemgale Energy Agency dalībnieks."
    client.force_login(member)
    assert "Tagad jūs esat organizācijas Zemgale Energy Agency dalībnieks." in notifications_page(
        client, "lv"
    )
    assert "You are now a member of Zemgale Energy Agency." in notifications_page(client, "en")


def test_an_older_notification_without_a_message_is_shown_as_it_was_stored(client):
    member = UserFactory(preferred_language="lv")
    Notification.objects.create(user=member, text="Jauna atbilde tēmā “Skolu ēdināšana”")
    client.force_login(member)
    assert "Jauna atbilde tēmā “Skolu ēdināšana”" in notifications_page(client, "en")


def test_dates_in_a_notification_are_written_in_the_readers_format(client):
    member = UserFactory(preferred_language="lv")
    notify(
        user=member,
        message=(
            "A moderator suspended you from writing in the forum until %(until)s. "
            "Reason: %(reason)s"
        ),
        params={"until": date(2030, 3, 10), "reason": "spam"},
    )
    client.force_login(member)
    assert "2030. gada 10. marts" in notifications_page(client, "lv")
    assert "until 10 March 2030. Reason: spam" in notifications_page(client, "en")


def test_a_forum_mention_from_an_english_page_reaches_a_latvian_member_in_latvian(client):
    reader = UserFactory(preferred_language="lv")
    preference = services.preference_for(user=reader)
    preference.email = preference.Email.EACH
    preference.save()
    thread = ThreadFactory(title="School meals")
    author = UserFactory(preferred_language="en")
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=author)
    mail.outbox.clear()
    client.force_login(author)
    response = client.post(
        f"/en/forum/t/{thread.pk}/reply/", {"body": f"What does @{preference.handle} think?"}
    )
    assert response.status_code in (200, 302)

    (message,) = [m for m in mail.outbox if m.to == [reader.email]]
    said = f"{author.get_full_name()} jūs pieminēja tēmā “School meals”"
    assert message.subject == said
    client.force_login(reader)
    page = notifications_page(client, "lv")
    assert said in page
    assert "mentioned you" not in page


def test_a_notifications_link_leads_to_the_readers_language(client):
    """A link stored from an English page: a site view opens at its Latvian address; a Wagtail
    page (its translation, if any, has another address) opens with the Latvian interface."""
    from practices.models import CaseStudyPage
    from tests.practices.helpers import bulk_case_studies

    reader = UserFactory(preferred_language="lv")
    thread = ThreadFactory()
    with translation.override("en"):
        thread_url = thread.get_absolute_url()
    bulk_case_studies(1)
    study = CaseStudyPage.objects.get(slug="bulk-0")
    notify(user=reader, message="Something new", url=thread_url)
    notify(user=reader, message="Something new", url=f"{study.url}#c2")
    client.force_login(reader)
    page = notifications_page(client, "lv")
    with translation.override("lv"):
        assert f'href="{thread.get_absolute_url()}"' in page
    assert f'href="{study.url}?lang=lv#c2"' in page
    assert client.get(f"{study.url}?lang=lv").status_code == 200
    assert 'href="/en/forum/' not in page
