"""The plain-text e-mail an editor previews is text, not HTML: a supplier day's title typed by
support-unit staff (or an issue's intro typed by an editor) cannot put a <meta refresh> into
the editor's page, which the CSP would not stop."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventInvitation, EventPage, NewsletterIssue
from kb_site.taxonomy import ProductGroup
from members.meetings import meeting_request
from tests.members.factories import (
    EditorFactory,
    OrganisationFactory,
    SupportUnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
META = '<meta http-equiv="refresh" content="0;url=https://evil.example/">'


@pytest.fixture
def supplier_day(client):
    """A supplier day published through the staff's real form, its title, summary and place
    all a <meta refresh>."""
    unit = SupportUnitFactory.create_with_staff(host=OrganisationFactory(country="LV"))
    meeting = meeting_request(
        requester=UserFactory(),
        supplier=OrganisationFactory(kind="manufacturer", country="LV"),
        topic="Desks",
        product_group=ProductGroup.objects.get(slug="furniture"),
        proposed_times=[timezone.now() + timedelta(days=7)],
    )
    client.force_login(unit.staff.get())
    day = timezone.localdate() + timedelta(days=20)
    response = client.post("/en/agenda/supplier-days/new/", {
        "unit": unit.pk, "title": META, "summary": META, "place": META,
        "start_date": day.isoformat(), "start_time": "09:00", "end_time": "15:00",
        "meetings": [meeting.pk],
    })  # fmt: skip
    assert response.status_code == 302
    client.logout()
    return EventPage.objects.get(kind=EventPage.Kind.SUPPLIER_DAY)


def assert_escaped(html: str) -> None:
    assert "&lt;meta http-equiv=&quot;refresh&quot;" in html
    assert "<meta http-equiv" not in html


def test_invitation_preview_escapes_what_staff_typed(client, supplier_day):
    client.force_login(EditorFactory())
    data = {"event": supplier_day.pk, "to_subscribers": "on", "message": META}
    response = client.post("/en/agenda/invitations/new/", data)
    invitation = EventInvitation.objects.get()
    assert response.url == f"/en/agenda/invitations/{invitation.pk}/"
    html = client.get(response.url).content.decode()
    assert 'class="email-preview"' in html
    assert_escaped(html)


def test_newsletter_issue_preview_escapes_what_was_typed(client, supplier_day):
    client.force_login(EditorFactory())
    response = client.post("/en/agenda/newsletter/issues/new/",
                           {"subject": "GPP news", "intro": META,
                            "events": [supplier_day.pk]})  # fmt: skip
    issue = NewsletterIssue.objects.get()
    assert response.url == f"/en/agenda/newsletter/issues/{issue.pk}/"
    html = client.get(response.url).content.decode()
    assert 'class="email-preview"' in html
    assert_escaped(html)
