"""In a real browser, attacks typed into a profile, an organisation page, a supplier offer
and a comment are shown as text: no dialog opens and no injected element appears."""

from django_comments_xtd.models import XtdComment

from members.models import MemberProfile
from practices.models import CaseStudyPage
from tests.members.factories import OrganisationFactory, SupplierOfferFactory, UserFactory
from tests.practices.helpers import bulk_case_studies

ATTACK = (
    '<img src=x onerror="document.body.dataset.owned=1;alert(1)"> '
    "<script>document.body.dataset.owned=1;alert(2)</script> "
    "[link](javascript:alert(3)) <svg onload=alert(4)>"
)


def test_attacks_are_shown_as_text_and_never_run(page, live_server):
    member = UserFactory(display_name="Mallory")
    MemberProfile.objects.create(user=member, is_public=True, bio=ATTACK)
    organisation = OrganisationFactory(slug="evil-org", description=ATTACK)
    organisation.members.add(member)
    SupplierOfferFactory(
        organisation=OrganisationFactory(slug="evil-supplier", kind="manufacturer"),
        title=ATTACK[:120],
        description=ATTACK,
    )
    bulk_case_studies(1)
    study = CaseStudyPage.objects.get()
    XtdComment.objects.create(
        content_object=study, site_id=1, user=member, user_name="Mallory", comment=ATTACK,
        is_public=True,
    )  # fmt: skip
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in [
        "/en/organisations/evil-org/",
        "/en/organisations/evil-supplier/offers/",
        study.url,
        f"/en/search/?q={'<script>alert(5)</script>'}",
    ]:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("document.body.dataset.owned") is None, url
        injected = page.locator("main img[src='x'], main svg[onload], main a[href^='javascript']")
        assert injected.count() == 0, url
    assert dialogs == []
    # The text is there to read, as typed where it is plain text.
    page.goto("/en/organisations/evil-supplier/offers/")
    assert "<img src=x onerror=" in page.locator("main").inner_text()
