"""The network in the browser: an organisation admin's day, and a buyer meeting a supplier."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from members.models import Membership, Organisation
from tests.members.factories import (
    CriterionFactory,
    MembershipFactory,
    OrganisationFactory,
    SupplierOfferFactory,
    UserFactory,
)


def new_page(browser, live_server, user):
    """A separate browser (its own cookies) logged in as this user."""
    from django.conf import settings
    from django.test import Client

    context = browser.new_context(base_url=live_server.url)
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME,
          "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}]
    )  # fmt: skip
    return context.new_page()


def test_admin_edits_the_profile_and_invites_a_colleague_who_joins(browser, live_server):
    organisation = OrganisationFactory(slug="zrea", name="Zemgale Energy Agency")
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    page = new_page(browser, live_server, admin)
    page.goto("/en/organisations/zrea/")
    page.get_by_role("link", name="Edit profile").click()
    page.get_by_label("Description (English)").fill("We run the **Latvian GPP support unit**.")
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator(".rich-text strong")).to_have_text("Latvian GPP support unit")
    expect(page.get_by_role("heading", name="Change history")).to_be_visible()

    page.get_by_role("link", name="Manage people").click()
    page.get_by_label("Colleague's e-mail address").fill("ilze@example.lv")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("An invitation was sent to ilze@example.lv.")).to_be_visible()
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)

    colleague = new_page(browser, live_server, UserFactory(email="ilze@example.lv"))
    colleague.goto(link)
    colleague.get_by_role("button", name="Accept the invitation").click()
    expect(colleague.get_by_text("Welcome to Zemgale Energy Agency.")).to_be_visible()
    page.reload()
    expect(page.get_by_role("cell", name="ilze@example.lv")).to_be_visible()


def test_buyer_finds_a_supplier_and_the_supplier_accepts_a_meeting(browser, live_server):
    supplier = OrganisationFactory(
        slug="eco-desks", name="Eco Desks SIA", kind=Organisation.Kind.MANUFACTURER
    )
    supplier_admin = MembershipFactory(organisation=supplier, role=Membership.Role.ADMIN).user
    offer = SupplierOfferFactory(organisation=supplier, title="FSC oak desks", country="LV")
    offer.criteria.add(CriterionFactory())
    SupplierOfferFactory(title="Chairs elsewhere", country="HR")
    buyer = new_page(browser, live_server, UserFactory(display_name="Anna Buyer"))

    buyer.goto("/en/suppliers/")
    buyer.get_by_label("Product group").select_option("furniture")
    buyer.get_by_label("Country served").select_option("LV")
    buyer.get_by_role("button", name="Filter").click()
    expect(buyer.get_by_text("1 offer found.")).to_be_visible()
    buyer.get_by_role("link", name="Eco Desks SIA").click()
    buyer.get_by_role("link", name="Request a meeting").click()
    buyer.get_by_label("Topic").fill("Desks for 12 schools")
    buyer.get_by_label("Product group").select_option(label="Furniture")
    when = timezone.localtime() + timedelta(days=9)
    buyer.get_by_label("Proposed time").fill(when.strftime("%Y-%m-%dT10:00"))
    buyer.get_by_role("button", name="Send request").click()
    expect(buyer.get_by_role("heading", level=1)).to_have_text("Desks for 12 schools")

    seller = new_page(browser, live_server, supplier_admin)
    seller.goto("/en/")
    seller.get_by_role("link", name=re.compile("Notifications")).click()
    seller.get_by_role("link", name=re.compile("Anna Buyer asks Eco Desks SIA")).click()
    seller.get_by_label("Place or video link").first.fill("Jelgava showroom")
    seller.get_by_role("button", name="Agree").click()
    expect(seller.get_by_text("Agreed", exact=True)).to_be_visible()

    buyer.reload()
    expect(buyer.get_by_role("link", name="Add to calendar (.ics)")).to_be_visible()
    expect(buyer.get_by_text("Jelgava showroom")).to_be_visible()
