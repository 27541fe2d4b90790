"""One small site with a person in every role and a private thing of every kind.

Each private thing carries a unique private word (WORDS); `tests/security/matrix.py` says who
may read each word, and the matrix test looks for the words in every answer. Private objects
have neutral slugs, so that a URL (or a log-in redirect's `next`) never carries a word itself.
"""

import io
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from PIL import Image, PngImagePlugin
from wagtail.models import PageViewRestriction

from events import services as event_services
from events.models import EventInvitation, EventPage, NewsletterIssue, Registration, Subscriber
from forum import services as forum_services
from forum.models import Category, Flag, PostImage
from kb_site.taxonomy import ProductGroup
from members import meetings
from members.models import (
    JoinRequest,
    MemberProfile,
    Membership,
    Organisation,
    WorkingGroupDocument,
)
from members.services import invitation_create, notify
from practices.models import CaseStudyIndexPage, CaseStudyPage
from practices.services import document_upsert
from search.services import reindex
from tests.events.factories import event, news
from tests.forum.factories import CategoryFactory, PostFactory, ThreadFactory
from tests.members.factories import (
    CriterionFactory,
    EditorFactory,
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

ROLES = [
    "anonymous",
    "member",
    "suspended member",  # suspended from writing in the forum by a moderator
    "deactivated staff",  # is_active=False: must count as logged out everywhere
    "working-group member",
    "non-member of the group",  # sits in another working group
    "organisation admin",  # of the supplier, which also organises the events
    "admin of another organisation",  # of the hidden organisation
    "support-unit staff",  # of the Latvian unit (the supplier is Latvian)
    "moderator",
    "editor",
    "staff",
]
LOGGED_OUT = {"anonymous", "deactivated staff"}
MEMBERS = set(ROLES) - LOGGED_OUT

# The private words (matched without regard to case). Who may read each one is in matrix.py.
PRIVATE_CATEGORY = "Zzprivcategory"
PRIVATE_THREAD = "Zzprivthread"
PRIVATE_POST = "Zzprivpost"
MEMBERS_THREAD = "Zzmembersthread"
HIDDEN_THREAD = "Zzhiddenthread"
HIDDEN_POST = "Zzhiddenpost"
HELD_POST = "Zzheldpost"
FLAG_NOTE = "Zzflagnote"
SUSPENSION = "Zzsuspension"
HIDDEN_ORGANISATION = "Zzhiddenorg"
JOIN_MESSAGE = "Zzjoinmessage"
INVITEE = "Zzinvitee"
PRIVATE_BIO = "Zzprivatebio"
MEETING = "Zzmeeting"
NOTIFICATION = "Zznotification"
GROUP_DOCUMENT = "Zzgroupdocument"
GROUP_FILE = "Zzgroupfile"
DRAFT_CASE_STUDY = "Zzdraftcase"
DRAFT_REVISION = "Zzdraftrevision"
HELD_COMMENT = "Zzheldcomment"
DRAFT_NEWS = "Zzdraftnews"
DRAFT_EVENT = "Zzdraftevent"
RESTRICTED_NEWS = "Zzrestrictednews"
MINUTES = "Zzminutes"
JOIN_LINK = "Zzjoinlink"
GUEST = "Zzguest"
SUBSCRIBER = "Zzsubscriber"
ISSUE = "Zzissue"
INVITATION_MESSAGE = "Zzinvitationmessage"
PRIVATE_IMAGE = "Zzprivimage"  # in the bytes of an image posted in the group's room

SHARED_WORD = "lantern"  # in public and private threads alike: what a search would find


@dataclass
class World:
    users: dict
    objects: dict = field(default_factory=dict)
    # Addresses of people outside the roles, as the role whose reading rights they have.
    reads_as: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None


def build_world() -> World:
    o: dict = {}
    furniture = ProductGroup.objects.get(slug="furniture")

    # --- people and organisations ---------------------------------------------------------
    supplier = OrganisationFactory(
        slug="eco-desks", name="Eco Desks", kind=Organisation.Kind.MANUFACTURER, country="LV"
    )
    hidden = OrganisationFactory(slug="hidden-org", name=f"{HIDDEN_ORGANISATION} Agency",
                                 is_public=False)  # fmt: skip
    group = WorkingGroupFactory(slug="zemgale", name="Zemgale working group")
    other_group = WorkingGroupFactory(slug="latgale", name="Latgale working group")
    unit = SupportUnitFactory(slug="gpps-lv", host__country="LV")
    users = {
        "anonymous": AnonymousUser(),
        "member": UserFactory(),
        "suspended member": UserFactory(),
        "deactivated staff": UserFactory(is_staff=True, is_active=False),
        "working-group member": WorkingGroupMemberFactory(group=group).user,
        "non-member of the group": WorkingGroupMemberFactory(group=other_group).user,
        "organisation admin": MembershipFactory(
            organisation=supplier, role=Membership.Role.ADMIN
        ).user,
        "admin of another organisation": MembershipFactory(
            organisation=hidden, role=Membership.Role.ADMIN
        ).user,
        "support-unit staff": UserFactory(),
        "moderator": ModeratorFactory(),
        "editor": EditorFactory(),
        "staff": UserFactory(is_staff=True),
    }
    unit.staff.add(users["support-unit staff"])
    colleague = MembershipFactory(organisation=supplier)
    MemberProfile.objects.create(user=colleague.user, bio=f"{PRIVATE_BIO} about me")
    o.update(supplier=supplier, hidden=hidden, group=group, unit=unit, colleague=colleague)

    offer = SupplierOfferFactory(organisation=supplier, title="Recycled desks")
    offer.criteria.add(CriterionFactory())
    o["offer"] = offer
    o["evidence"] = EvidenceFactory(offer=offer)
    o["join_request"] = JoinRequest.objects.create(
        organisation=supplier, user=UserFactory(), message=f"{JOIN_MESSAGE}: let me in"
    )
    o["invitation"] = invitation_create(
        organisation=supplier, email=f"{INVITEE}@example.lv", role="member",
        invited_by=users["organisation admin"],
    )  # fmt: skip
    o["document"] = WorkingGroupDocument.objects.create(
        group=group, title=f"{GROUP_DOCUMENT} minutes draft",
        file=SimpleUploadedFile("minutes.txt", f"{GROUP_FILE} text".encode()),
    )  # fmt: skip
    o["meeting"] = meetings.meeting_request(
        requester=users["member"], supplier=supplier, topic=f"{MEETING} about desks",
        product_group=furniture, proposed_times=[timezone.now() + timedelta(days=3)],
    )  # fmt: skip
    notify(user=users["member"], text=f"{NOTIFICATION} for you", url="/en/")

    # --- the forum ------------------------------------------------------------------------
    author = UserFactory()  # writes the threads; sits in the group, so reads like its members
    WorkingGroupMemberFactory(group=group, user=author)
    o["author"] = author
    public = CategoryFactory(name="Road lighting", slug="road-lighting")
    private = CategoryFactory(
        name=f"{PRIVATE_CATEGORY} group room", slug="zemgale-room",
        kind=Category.Kind.WORKING_GROUP, working_group=group,
    )  # fmt: skip
    members_only = CategoryFactory(name="Members lounge", slug="lounge",
                                   kind=Category.Kind.MEMBERS)  # fmt: skip
    helpdesk = CategoryFactory(
        name="Ask the unit", slug="ask", kind=Category.Kind.HELPDESK, support_unit=unit
    )
    CategoryFactory(name="Knowledge base", slug="knowledge-base")  # "discuss" starts threads here
    public_thread = ThreadFactory(category=public, author=author, slug="public-lanterns",
                                  title=f"Public {SHARED_WORD} thread")  # fmt: skip
    private_thread = ThreadFactory(
        category=private, author=author, slug="group-thread",
        title=f"{PRIVATE_THREAD} {SHARED_WORD} prices",
    )  # fmt: skip
    private_thread.tags.add("led")
    public_thread.tags.add("led")
    members_thread = ThreadFactory(category=members_only, author=author, slug="members-thread",
                                   title=f"{MEMBERS_THREAD} {SHARED_WORD}")  # fmt: skip
    hidden_thread = ThreadFactory(category=public, author=author, slug="hidden-thread",
                                  title=f"{HIDDEN_THREAD} spam", hidden=True)  # fmt: skip
    question = ThreadFactory(category=helpdesk, author=author, slug="question",
                             title="Which criteria for desks?")  # fmt: skip
    o.update(public=public, private=private, members_only=members_only, helpdesk=helpdesk,
             public_thread=public_thread, private_thread=private_thread, question=question,
             members_thread=members_thread, hidden_thread=hidden_thread)  # fmt: skip
    # A public thread a moderator merged into the private one (as thread_merge leaves it): its
    # old address must send on only the room's readers.
    o["merged_thread"] = ThreadFactory(category=public, author=author, slug="old-lanterns",
                                       title="Old lantern thread", hidden=True,
                                       merged_into=private_thread, posts=0)  # fmt: skip
    o["public_post"] = PostFactory(thread=public_thread, author=author,
                                   body=f"A public reply about {SHARED_WORD}s.")  # fmt: skip
    o["private_post"] = PostFactory(thread=private_thread, author=author,
                                    body=f"{PRIVATE_POST}: our {SHARED_WORD} budget.")  # fmt: skip
    o["members_post"] = PostFactory(thread=members_thread, author=author)
    o["hidden_post"] = PostFactory(thread=public_thread, author=UserFactory(), hidden=True,
                                   body=f"{HIDDEN_POST} buy cheap watches")  # fmt: skip
    o["held_post"] = PostFactory(thread=public_thread, author=UserFactory(), held=True,
                                 body=f"{HELD_POST} first post of a newcomer")  # fmt: skip
    o["answer"] = PostFactory(thread=question, author=UserFactory())
    o["public_image"] = PostImage.objects.create(
        image=SimpleUploadedFile("lamp.png", _png("A lamp")), description="A lamp",
        uploaded_by=author, post=o["public_post"],
    )  # fmt: skip
    o["private_image"] = PostImage.objects.create(
        image=SimpleUploadedFile("budget.png", _png(f"{PRIVATE_IMAGE} budget")),
        description="Budget", uploaded_by=author, post=o["private_post"],
    )  # fmt: skip
    supplier.logo = SimpleUploadedFile("logo.png", _png("Eco Desks"))
    supplier.save(update_fields=["logo"])
    Flag.objects.create(post=o["public_post"], user=UserFactory(), reason=Flag.Reason.OTHER,
                        note=f"{FLAG_NOTE} please look")  # fmt: skip
    forum_services.user_suspend(
        user=users["suspended member"], moderator=users["moderator"], days=3,
        reason=f"{SUSPENSION} spam",
    )  # fmt: skip

    # --- the knowledge base ---------------------------------------------------------------
    studies = CaseStudyIndexPage.objects.get(locale__language_code="en")
    live = _case_study(studies, slug="school-desks", title="School desks", live=True)
    live.title = f"{DRAFT_REVISION} retitled"
    live.summary = f"{DRAFT_REVISION} new summary"
    live.save_revision()  # a draft change waiting for review: the live page keeps its text
    live.refresh_from_db()
    draft = _case_study(studies, slug="draft-case", title=f"{DRAFT_CASE_STUDY} secret tender",
                        live=False)  # fmt: skip
    draft.save_revision()
    o.update(case_study=live, draft_case_study=draft)
    o["wagtail_document"] = document_upsert(
        title="Desk criteria", filename="desk-criteria.pdf", content=b"%PDF-1.4 criteria"
    )
    o["held_comment"] = XtdComment.objects.create(
        content_object=live, site_id=1, user=UserFactory(),
        comment=f"{HELD_COMMENT} waits for a moderator", is_public=False,
    )  # fmt: skip
    # A public thread about the draft and the hidden organisation (made when both could be
    # seen): "About: ..." names each only to who may see it.
    o["about_thread"] = ThreadFactory(category=public, author=author, slug="desk-notes",
                                      title="Desk tender notes", page=draft,
                                      organisation=hidden)  # fmt: skip

    # --- events and news ------------------------------------------------------------------
    webinar = event(1, title="Desk webinar", open_to_public=True, organisers=[supplier],
                    is_online=True, join_url=f"https://meet.example.eu/{JOIN_LINK}")  # fmt: skip
    round_table = event(
        2, title="Zemgale round table", kind=EventPage.Kind.ROUND_TABLE, working_group=group,
        organisers=[supplier], when=timezone.now() - timedelta(days=3),
        minutes=f"<p>{MINUTES}: we agreed</p>",
    )  # fmt: skip
    draft_event = event(3, title=f"{DRAFT_EVENT} supplier day", slug="draft-event", live=False)
    draft_event.save_revision()
    event_services.registration_create(event=webinar, user=users["member"], send_mail=False)
    guest = event_services.registration_create(
        event=webinar, email=f"{GUEST}@example.eu", name=f"{GUEST} Person", send_mail=False
    ).registration
    o.update(webinar=webinar, round_table=round_table, guest=guest, draft_event=draft_event)
    o["news"] = news(1, title="Desks news")
    o["draft_news"] = news(2, title=f"{DRAFT_NEWS} embargoed", slug="embargoed", live=False)
    o["draft_news"].save_revision()
    restricted = news(3, title=f"{RESTRICTED_NEWS} for members", slug="members-news")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    o["restricted_news"] = restricted
    o["subscriber"] = Subscriber.objects.create(
        email=f"{SUBSCRIBER}@example.eu", confirmed_at=timezone.now()
    )
    o["event_invitation"] = EventInvitation.objects.create(
        event=webinar, to_subscribers=True, message=f"{INVITATION_MESSAGE} come along"
    )
    o["issue"] = NewsletterIssue.objects.create(subject=f"{ISSUE} November")
    o["issue"].news.add(o["news"])

    world = World(users=users, objects=o)
    world.reads_as = {
        author.email: "working-group member",
        guest.email: "anonymous",
        o["subscriber"].email: "anonymous",
    }
    assert Registration.objects.filter(event=webinar, user=users["member"]).exists()
    reindex()  # the index follows commits, which a test's transaction never makes
    return world


def _png(text: str) -> bytes:
    """A small PNG carrying `text` in a text chunk: the bytes a reader downloads."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", text)
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "orange").save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def _case_study(parent, *, slug: str, title: str, live: bool) -> CaseStudyPage:
    page = CaseStudyPage(
        title=title, slug=slug, summary=f"About {title}.", country="LV", procedure="open",
        year=2024, co2_tonnes_per_year=3, live=live,
    )  # fmt: skip
    if live:  # as publishing leaves it
        page.first_published_at = page.last_published_at = timezone.now()
    page.product_groups = [ProductGroup.objects.get(slug="furniture")]
    parent.add_child(instance=page)
    return page
