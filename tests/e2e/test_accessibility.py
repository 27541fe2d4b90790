"""axe on every page that exists, in both languages, as the roles that see it; and phones."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from events.models import EventPage
from events.services import registration_create
from members.meetings import meeting_request
from members.models import SupplierMeeting
from practices.models import CaseStudyIndexPage, CaseStudyPage
from practices.services import case_study_publish
from tests.events.factories import event, news
from tests.members.factories import (
    CriterionFactory,
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
from tests.practices.helpers import resource, strategy

BLOCKING = {"serious", "critical"}
PHONE = {"width": 360, "height": 740}


@pytest.fixture
def network():
    organisation = OrganisationFactory(
        slug="zrea", name="Zemgales reģionālā enerģētikas aģentūra", description="**GPP** help"
    )
    group = WorkingGroupFactory(slug="zemgale")
    group.organisations.add(organisation)
    unit = SupportUnitFactory(host=organisation)
    admin = MembershipFactory(organisation=organisation, role="admin").user
    WorkingGroupMemberFactory(group=group, user=admin)
    supplier = OrganisationFactory(slug="eco-desks", name="Eco Desks SIA", kind="manufacturer")
    MembershipFactory(organisation=supplier, user=admin, role="admin")
    criterion = CriterionFactory(code="TS1")
    offer = SupplierOfferFactory(organisation=supplier, title="FSC oak desks")
    offer.criteria.add(criterion)
    EvidenceFactory(offer=offer, verified_at=timezone.now())
    EvidenceFactory(offer=offer, name="Old label", valid_until=timezone.localdate() - timedelta(1))
    case_study_publish(
        index=CaseStudyIndexPage.objects.get(locale__language_code="en"),
        slug="a11y-case",
        data={"title": "LED street lighting in Jelgava", "summary": "Dimmable LED lights.",
              "country": "LV", "procedure": "open", "year": 2023, "procurer": organisation,
              "co2_tonnes_per_year": 310, "results": "<p>Half the energy.</p>"},
        product_groups=[offer.product_group], criteria=[criterion], tags=["LED"],
    )  # fmt: skip
    # A thread on the case study: a published comment and a newcomer's held for moderation.
    study = CaseStudyPage.objects.get(slug="a11y-case")
    XtdComment.objects.create(
        content_object=study, site_id=1, user=admin, user_name="Admin",
        comment="Did the **savings** hold in year two?", is_public=True,
    )  # fmt: skip
    XtdComment.objects.create(
        content_object=study, site_id=1, user=UserFactory(), user_name="Newcomer",
        comment="We sell LED lamps.", is_public=False,
    )  # fmt: skip
    strategy(1, unit=unit)
    strategy(2, unit=unit, language="lv")
    resource(1)
    resource(2, language="lv", written_in="lv")
    soon = timezone.now() + timedelta(days=5)
    meeting_request(
        requester=UserFactory(),
        supplier=supplier,
        topic="Desks",
        product_group=offer.product_group,
        proposed_times=[soon, soon + timedelta(days=1)],
    )
    webinar = event(1, slug="a11y-event", title="Life-cycle costing webinar", open_to_public=True,
                    organisers=[organisation], capacity=50, join_url="https://meet.example.eu/x",
                    agenda="<ul><li>Welcome</li></ul>")  # fmt: skip
    registration_create(event=webinar, user=admin)
    item = news(1, slug="a11y-news", title="Round table announced", tags=["round table"])
    item.related_events.add(webinar)
    item.save()
    return organisation, admin


ANONYMOUS_PAGES = [
    "/{lang}/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/accounts/password/reset/",
    "/{lang}/accounts/password/reset/done/",
    "/{lang}/accounts/confirm-email/",
    "/{lang}/no-such-page/",
    "/{lang}/organisations/",
    "/{lang}/organisations/zrea/",
    "/{lang}/working-groups/",
    "/{lang}/working-groups/zemgale/",
    "/{lang}/support-units/",
    "/{lang}/invitations/unknown-token/",
    "/{lang}/suppliers/",
    "/{lang}/practices/",
    "/{lang}/practices/?sort=impact",
    "/en/case-studies/a11y-case/",
    "/{lang}/practices/impact/",
    "/{lang}/suppliers/?product_group=furniture&verified=on",
    "/{lang}/suppliers/criteria/furniture/",
    "/{lang}/organisations/eco-desks/offers/",
    "/{lang}/practices/product-groups/",
    "/{lang}/practices/product-groups/furniture/",
    "/{lang}/practices/strategies/",  # redirects to the index in that language
    "/{lang}/practices/resources/",
    "/en/strategies/strategy-1/",
    "/lv/strategijas/strategy-2/",
    "/en/resources/resource-1/",
    "/lv/resursi/resource-2/",
    "/{lang}/agenda/",
    "/{lang}/agenda/?when=past&kind=webinar",
    "/{lang}/agenda/?view=calendar",
    "/{lang}/agenda/news/",
    "/{lang}/agenda/newsletter/",
    "/en/events/a11y-event/",
    "/en/news/a11y-news/",
]
MEMBER_PAGES = [
    "/{lang}/members/profile/",
    "/{lang}/accounts/email/",
    "/{lang}/accounts/password/change/",
    "/{lang}/accounts/2fa/",
    "/{lang}/organisations/zrea/edit/",
    "/{lang}/organisations/zrea/people/",
    "/{lang}/organisations/zrea/join/",
    "/{lang}/organisations/eco-desks/offers/",
    "/{lang}/organisations/eco-desks/offers/new/",
    "/{lang}/meetings/",
    "/{lang}/notifications/",
    "/{lang}/working-groups/zemgale/",
    "/en/case-studies/a11y-case/",  # with the comment form
    "/en/events/a11y-event/?tz=Europe/Lisbon",  # registered: the join link and a second zone
    "/admin/login/?next=/admin/",  # no admin rights: told why, in the member's language
]
MODERATOR_PAGES = [
    "/{lang}/practices/comments/moderation/",
]


def violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
        if v["impact"] in BLOCKING
    ]


def check(page, url: str) -> list[str]:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url)
    problems = [f"{url}: {line}" for line in violations(page)]
    page.set_viewport_size(PHONE)
    if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
        problems.append(f"{url}: scrolls sideways at 360 px")
    return problems


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_anonymous_pages_have_no_serious_accessibility_problems(page, network, lang):
    problems = [p for url in ANONYMOUS_PAGES for p in check(page, url.format(lang=lang))]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_member_pages_have_no_serious_accessibility_problems(page, log_in, network, lang):
    _organisation, admin = network
    log_in(admin)
    problems = [p for url in MEMBER_PAGES for p in check(page, url.format(lang=lang))]
    # The supplier's answer forms on a meeting request.
    problems += check(page, f"/{lang}/meetings/{SupplierMeeting.objects.get().pk}/")
    # Turning on two-factor authentication asks for the password first; check that page too.
    problems += check(page, f"/{lang}/accounts/2fa/totp/activate/")
    # The organiser's participant list with attendance boxes.
    problems += check(page, f"/{lang}/agenda/{EventPage.objects.get().pk}/participants/")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_moderator_pages_have_no_serious_accessibility_problems(page, log_in, network, lang):
    log_in(ModeratorFactory())
    problems = [p for url in MODERATOR_PAGES for p in check(page, url.format(lang=lang))]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_support_unit_staff_pages_have_no_serious_accessibility_problems(
    page, log_in, network, lang
):
    from members.models import SupportUnit

    staff = UserFactory()
    SupportUnit.objects.get(host__slug="zrea").staff.add(staff)
    log_in(staff)
    urls = ["/{lang}/meetings/", "/{lang}/agenda/supplier-days/new/"]
    problems = [p for url in urls for p in check(page, url.format(lang=lang))]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_editor_pages_for_invitations_and_newsletters_have_no_serious_problems(
    page, log_in, network, lang
):
    from events.models import EventInvitation, NewsletterIssue, NewsPage
    from tests.members.factories import EditorFactory

    invitation = EventInvitation.objects.create(event=EventPage.objects.get(), to_subscribers=True)
    issue = NewsletterIssue.objects.create(subject="November")
    issue.news.add(NewsPage.objects.get())
    log_in(EditorFactory())
    urls = [
        "/{lang}/agenda/invitations/",
        "/{lang}/agenda/invitations/new/",
        f"/{{lang}}/agenda/invitations/{invitation.pk}/",
        "/{lang}/agenda/newsletter/issues/new/",
        f"/{{lang}}/agenda/newsletter/issues/{issue.pk}/",
    ]
    problems = [p for url in urls for p in check(page, url.format(lang=lang))]
    assert problems == [], "\n".join(problems)


def test_wagtail_admin_dashboard_is_reported(page, log_in, capsys):
    """The Wagtail admin is Wagtail's markup, not ours: report what axe finds, assert it loads."""
    log_in(UserFactory(is_staff=True, is_superuser=True))
    page.goto("/admin/")
    assert page.title()
    for line in violations(page):
        print(f"wagtail admin (upstream): {line}")


@pytest.fixture
def forum(network):
    from forum import services as forum_services
    from forum.models import Category
    from members.models import WorkingGroup
    from tests.forum.factories import CategoryFactory, PostFactory, ThreadFactory

    _organisation, admin = network
    public = CategoryFactory(name="Road lighting", slug="road-lighting", description="LED")
    CategoryFactory(name="Dimming", slug="dimming", parent=public)
    CategoryFactory(
        name="Zemgale group", slug="zemgale-group", kind=Category.Kind.WORKING_GROUP,
        working_group=WorkingGroup.objects.get(slug="zemgale"),
    )  # fmt: skip
    helpdesk = CategoryFactory(name="Ask the unit", slug="ask", kind=Category.Kind.HELPDESK)
    thread = ThreadFactory(category=public, author=admin, title="Dimming at night", pinned=True)
    thread.tags.add("led")
    other = UserFactory(display_name="Jānis Ozols")
    reply = PostFactory(thread=thread, author=other, body="> quoted\n\nWe dim to **50%**.")
    reply.quoted = thread.posts.first()
    reply.save()
    forum_services.flag_create(post=reply, user=admin, reason="off_topic")
    PostFactory(thread=thread, author=UserFactory(), body="Waiting", held=True)
    question = ThreadFactory(category=helpdesk, author=admin, title="Which lumen test?")
    PostFactory(thread=question, author=other)
    return admin, thread, reply


FORUM_ANONYMOUS_PAGES = [
    "/{lang}/forum/",
    "/{lang}/forum/c/road-lighting/",
    "/{lang}/forum/tag/led/",
    "/{lang}/forum/helpdesk/",
]
FORUM_MEMBER_PAGES = [
    "/{lang}/forum/",
    "/{lang}/forum/unread/",
    "/{lang}/forum/c/zemgale-group/",
    "/{lang}/forum/c/road-lighting/new/",
    "/{lang}/forum/preferences/",
]


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_forum_pages_have_no_serious_accessibility_problems(page, log_in, forum, lang):
    admin, thread, reply = forum
    urls = [u.format(lang=lang) for u in FORUM_ANONYMOUS_PAGES]
    urls.append(f"/{lang}/forum/t/{thread.pk}/{thread.slug}/")
    problems = [p for url in urls for p in check(page, url)]
    log_in(admin)
    member_urls = [u.format(lang=lang) for u in FORUM_MEMBER_PAGES] + [
        f"/{lang}/forum/t/{thread.pk}/{thread.slug}/?quote={reply.pk}",
        f"/{lang}/forum/p/{reply.pk}/flag/",
        f"/{lang}/forum/p/{thread.posts.first().pk}/edit/",
        f"/{lang}/forum/p/{thread.posts.first().pk}/delete/",
    ]
    problems += [p for url in member_urls for p in check(page, url)]
    page.context.clear_cookies()
    log_in(UserFactory(is_staff=True))
    moderator_urls = [
        f"/{lang}/forum/moderation/",
        f"/{lang}/forum/moderation/log/",
        f"/{lang}/forum/t/{thread.pk}/{thread.slug}/",
        f"/{lang}/forum/t/{thread.pk}/moderate/",
        f"/{lang}/forum/moderation/suspend/{reply.author_id}/",
        f"/{lang}/forum/p/{reply.pk}/history/",
    ]
    problems += [p for url in moderator_urls for p in check(page, url)]
    assert problems == [], "\n".join(problems)
