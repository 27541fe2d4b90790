"""Forum demo data: 20 categories (public with sub-categories, members-only, one private
category per working group, helpdesks per support unit), 300 threads and 3,000 posts in English
and Latvian with quotes, mentions, reactions, accepted answers and flags in the queue.

A few threads go through the services (so the demo exercises holds, mentions and flags); the
bulk is written with bulk_create, which is what keeps `load_demo` under a minute. Every step
is idempotent: categories by slug, content only when the forum is still empty.
"""

import random
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django.utils.text import slugify

from kb_site.demo_loader import DEMO_PASSWORD, DemoStep
from kb_site.markup import render_markdown
from members.models import SupportUnit, User, WorkingGroup
from members.services import working_group_member_set

from . import services
from .models import Category, Flag, Post, Preference, Reaction, Subscription, TaggedThread, Thread

THREADS = 300
POSTS = 3000
K = Category.Kind

PUBLIC = [
    # slug, name and description in English, the same in Latvian, parent slug
    ("getting-started",
     "Getting started with GPP", "New to green public procurement? Ask here.",
     "Pirmie soļi zaļajā iepirkumā", "Zaļais publiskais iepirkums jums ir jauns? Jautājiet šeit.",
     None),
    ("tenders",
     "Tenders and criteria", "Using EU GPP criteria in real tenders.",
     "Iepirkumi un kritēriji", "Kā ES zaļā iepirkuma kritērijus izmantot īstos iepirkumos.",
     None),
    ("road-lighting",
     "Road lighting", "LED, dimming and maintenance contracts.",
     "Ielu apgaismojums", "LED gaismekļi, apgaismojuma regulēšana un apkopes līgumi.",
     "tenders"),
    ("food-catering",
     "Food and catering", "School meals, organic shares, vending.",
     "Pārtika un ēdināšana",
     "Skolu ēdināšana, bioloģisko produktu īpatsvars, tirdzniecības automāti.",
     "tenders"),
    ("buildings",
     "Office buildings", "Design, renovation and energy performance.",
     "Biroju ēkas", "Projektēšana, renovācija un ēku energoefektivitāte.",
     "tenders"),
    ("transport",
     "Road transport", "Clean vehicles and public transport services.",
     "Autotransports", "Tīri transportlīdzekļi un sabiedriskā transporta pakalpojumi.",
     "tenders"),
    ("market-dialogue",
     "Market dialogue", "Talking to suppliers before the tender.",
     "Tirgus dialogs", "Sarunas ar piegādātājiem pirms iepirkuma izsludināšanas.",
     None),
    ("knowledge-base",
     "Knowledge base discussions", "Discuss case studies and resources.",
     "Zināšanu bāzes diskusijas", "Apspriediet labās prakses piemērus un materiālus.",
     None),
    ("latviski",
     "Conversations in Latvian", "Discussions in Latvian about green procurement.",
     "Sarunas latviski", "Diskusijas latviešu valodā par zaļo iepirkumu.",
     None),
]  # fmt: skip
MEMBERS = [
    ("members-lounge",
     "Members' lounge", "For members: experiences you would not post publicly.",
     "Biedru sarunas", "Tikai biedriem: pieredze, ar ko publiski nedalītos."),
    ("procurement-law",
     "Procurement law", "Members discuss rulings and the directive.",
     "Iepirkumu tiesības", "Biedri apspriež tiesu nolēmumus un iepirkumu direktīvu."),
]  # fmt: skip
GROUP_DESCRIPTION = (
    "Private to the working group: agendas, drafts, minutes.",
    "Tikai darba grupas dalībniekiem: darba kārtības, dokumentu projekti, protokoli.",
)
HELPDESK_DESCRIPTION = (
    "Ask the support unit; its staff answer.",
    "Jautājiet atbalsta struktūrvienībai, atbild tās darbinieki.",
)
HELPDESK_UNITS = ["gpps-latvia", "gpps-croatia", "gpps-spain"]

TOPICS_EN = [
    "LED street lighting",
    "school catering",
    "cleaning services",
    "office furniture",
    "electric buses",
    "data centre cooling",
    "road markings",
    "textiles for hospitals",
    "computers and monitors",
    "gardening services",
    "water heaters",
    "office renovation",
]
TOPICS_LV = [
    "LED ielu apgaismojums",
    "skolu ēdināšana",
    "uzkopšanas pakalpojumi",
    "biroja mēbeles",
    "elektriskie autobusi",
    "datu centru dzesēšana",
    "ceļu marķējums",
    "datori un monitori",
]
TITLES_EN = [
    "Which criteria did you use for {t}?",
    "Life-cycle costing for {t}: worth it?",
    "Market dialogue before a {t} tender",
    "Core or comprehensive level for {t}?",
    "Verification of ecolabels in {t}",
    "Lessons from our {t} tender",
]
TITLES_LV = [
    "Kādus kritērijus izmantojāt: {t}?",
    "Aprites cikla izmaksas: {t}",
    "Tirgus izpēte pirms iepirkuma: {t}",
    "Pieredze ar iepirkumu: {t}",
]
BODIES_EN = [
    "We tried the **core** criteria last year. The bids were only 4% more expensive and the "
    "energy use fell by a third.",
    "Has anyone verified the ecolabel claims? We asked for the licence number and checked it "
    "in the EU Ecolabel catalogue.",
    "Our procurement monitoring bureau accepted life-cycle costing as an award criterion, "
    "weighted at 30%.",
    "Tip: publish a prior information notice and invite suppliers to a market dialogue.\n\n"
    "- one meeting per supplier\n- same questions for all\n- minutes published",
    "See the case study from Jelgava: they split the lots by district and got local bidders.",
    "```\nAward = 60% price + 30% LCC + 10% service\n```\nThis formula worked for us.",
]
BODIES_LV = [
    "Mēs izmantojām **pamata** kritērijus. Piedāvājumi bija tikai par 4% dārgāki.",
    "Vai kāds ir pārbaudījis ekomarķējumu? Mēs prasījām licences numuru.",
    "Iepirkumu uzraudzības birojs pieņēma aprites cikla izmaksas kā vērtēšanas kritēriju.",
    "Ieteikums: pirms iepirkuma rīkojiet tirgus izpēti un aiciniet piegādātājus uz sarunām.",
    "Paldies, ļoti noderīgi! Mēs darīsim tāpat nākamajā iepirkumā.",
]


def _texts(name_en: str, description_en: str, name_lv: str, description_lv: str) -> dict:
    """A category's name and description in both languages (the fields of its admin form)."""
    return {
        "name_en": name_en, "description_en": description_en,
        "name_lv": name_lv, "description_lv": description_lv,
    }  # fmt: skip


def _categories_step() -> DemoStep:
    """Categories by slug; a second run brings their names and descriptions up to date."""

    def load() -> bool:
        created_any = False
        position = 0
        for slug, name, description, name_lv, description_lv, parent in PUBLIC:
            position += 1
            _category, created = Category.objects.update_or_create(
                slug=slug,
                defaults={
                    **_texts(name, description, name_lv, description_lv),
                    "kind": K.PUBLIC,
                    "parent": Category.objects.get(slug=parent) if parent else None,
                    "position": position,
                },
            )
            created_any |= created
        for slug, name, description, name_lv, description_lv in MEMBERS:
            position += 1
            _category, created = Category.objects.update_or_create(
                slug=slug,
                defaults={
                    **_texts(name, description, name_lv, description_lv),
                    "kind": K.MEMBERS,
                    "position": position,
                },
            )
            created_any |= created
        for group in WorkingGroup.objects.order_by("pk")[:6]:
            position += 1
            _category, created = Category.objects.update_or_create(
                slug=f"group-{group.slug}",
                defaults={
                    **_texts(group.name_en, GROUP_DESCRIPTION[0], group.name_lv or "",
                             GROUP_DESCRIPTION[1]),
                    "kind": K.WORKING_GROUP,
                    "working_group": group,
                    "position": position,
                },
            )  # fmt: skip
            created_any |= created
        for unit in SupportUnit.objects.filter(slug__in=HELPDESK_UNITS).order_by("pk"):
            position += 1
            _category, created = Category.objects.update_or_create(
                slug=f"helpdesk-{unit.slug}",
                defaults={
                    **_texts(f"Helpdesk: {unit.name_en}", HELPDESK_DESCRIPTION[0],
                             f"Palīdzības dienests: {unit.name_lv}", HELPDESK_DESCRIPTION[1]),
                    "kind": K.HELPDESK,
                    "support_unit": unit,
                    "position": position,
                },
            )  # fmt: skip
            created_any |= created
        return created_any

    return ("forum categories", load)


def _people() -> list[User]:
    """The demo accounts plus 40 forum regulars (bulk-made, sharing one hashed password)."""
    existing = set(
        User.objects.filter(email__endswith="@forum.demo.gpp-commons.eu").values_list(
            "email", flat=True
        )
    )
    names = [
        "Anna",
        "Jānis",
        "Ilze",
        "Marta",
        "Pēteris",
        "Ana",
        "Ivan",
        "María",
        "Giorgos",
        "Giulia",
        "Līga",
        "Kārlis",
        "Elena",
        "Marco",
        "Sofia",
        "Nikos",
        "Zane",
        "Rūta",
        "Pablo",
        "Luka",
    ]
    surnames = ["Ozola", "Kalns", "Horvat", "García", "Papadopoulos", "Rossi", "Liepa", "Bērziņš"]
    password = make_password(DEMO_PASSWORD)
    new = []
    for n in range(40):
        email = f"regular{n}@forum.demo.gpp-commons.eu"
        if email not in existing:
            name = f"{names[n % len(names)]} {surnames[n % len(surnames)]}"
            new.append(User(email=email, display_name=name, password=password))
    User.objects.bulk_create(new)
    return list(User.objects.filter(is_active=True).order_by("pk"))


def _handles(people: list[User]) -> None:
    taken = set(Preference.objects.values_list("handle", flat=True))
    have = set(Preference.objects.values_list("user_id", flat=True))
    new = []
    for user in people:
        if user.pk in have:
            continue
        base = slugify(user.get_full_name())[:50] or f"member-{user.pk}"
        handle, n = base, 1
        while handle in taken:
            n += 1
            handle = f"{base}-{n}"
        taken.add(handle)
        new.append(Preference(user=user, handle=handle))
    Preference.objects.bulk_create(new)


def _group_readers(group: WorkingGroup, people: list[User]) -> list[User]:
    """Who writes in the group's private room, and so follows and is mentioned there: its
    members only. A group nobody sits in gets three forum regulars seated first (it used to
    borrow the first three accounts, which put the demo member in every group's room)."""
    seated = list(User.objects.filter(working_group_seats__group=group).order_by("pk"))
    if seated:
        return seated
    regulars = [u for u in people if u.email.endswith("@forum.demo.gpp-commons.eu")]
    start = (group.pk * 3) % max(len(regulars) - 2, 1)
    for user in regulars[start : start + 3]:
        working_group_member_set(group=group, user=user, is_coordinator=False)
    return list(User.objects.filter(working_group_seats__group=group).order_by("pk"))


def _content_step() -> DemoStep:
    def load() -> bool:
        if Thread.objects.count() >= THREADS:
            return False
        _bulk_content()
        return True

    return ("forum threads, posts, reactions, answers and flags", load)


def _bulk_content() -> None:
    rng = random.Random(2026)  # noqa: S311 - demo text, the same forum on every machine
    people = _people()
    _handles(people)
    handles = dict(Preference.objects.values_list("user_id", "handle"))
    categories = list(Category.objects.exclude(slug="tenders").select_related("support_unit"))
    staff_by_unit = {
        unit.pk: list(unit.staff.all()) or people[:2]
        for unit in SupportUnit.objects.filter(slug__in=HELPDESK_UNITS)
    }
    readers = {
        c.pk: _group_readers(c.working_group, people)
        for c in categories
        if c.kind == K.WORKING_GROUP
    }
    now = timezone.now()
    threads = []
    for i in range(THREADS):
        category = categories[i % len(categories)]
        latvian = category.slug == "latviski" or i % 3 == 0
        titles, topics = (TITLES_LV, TOPICS_LV) if latvian else (TITLES_EN, TOPICS_EN)
        title = rng.choice(titles).format(t=rng.choice(topics))
        pool = readers.get(category.pk, people)
        created = now - timedelta(days=rng.randint(1, 400), minutes=rng.randint(0, 1440))
        threads.append(
            Thread(
                category=category,
                title=title,
                slug=slugify(title, allow_unicode=True)[:200],
                author=rng.choice(pool),
                created=created,
                last_activity=created,
                pinned=i < len(categories) and i % 4 == 0,
            )
        )
    threads = Thread.objects.bulk_create(threads)
    per_thread = POSTS // THREADS
    posts = []
    for index, thread in enumerate(threads):
        category = thread.category
        latvian = any(ch in thread.title for ch in "āēīūčģķļņšž")
        bodies = BODIES_LV if latvian else BODIES_EN
        pool = readers.get(category.pk, people)
        when = thread.created
        for n in range(per_thread):
            author = thread.author if n == 0 else rng.choice(pool)
            if category.kind == K.HELPDESK and n == 1:
                author = rng.choice(staff_by_unit.get(category.support_unit_id, pool))
            body = rng.choice(bodies)
            if n > 1 and rng.random() < 0.25:  # a mention of someone who can read the thread
                body += f"\n\n@{handles[rng.choice(pool).pk]} what do you think?"
            when = when + timedelta(hours=rng.randint(1, 72))
            posts.append(
                Post(thread=thread, author=author, body=body, created=min(when, now), body_html="")
            )
        if index % 50 == 0:
            posts[-1].held = True  # waiting in the moderation queue
    for post in posts:
        post.body_html = render_markdown(post.body)
    posts = Post.objects.bulk_create(posts, batch_size=500)
    by_thread: dict[int, list[Post]] = {}
    for post in posts:
        by_thread.setdefault(post.thread_id, []).append(post)
    quoted = []
    for thread_posts in by_thread.values():
        for post in thread_posts[2:]:
            if rng.random() < 0.2:
                source = rng.choice(thread_posts[: thread_posts.index(post)])
                name = source.author.get_full_name()
                quote = "\n".join(f"> {line}" for line in source.body.splitlines()[:3])
                post.body = f"> **{name}:**\n{quote}\n\n{post.body}"
                post.body_html = render_markdown(post.body)
                post.quoted = source
                quoted.append(post)
    Post.objects.bulk_update(quoted, ["body", "body_html", "quoted"], batch_size=500)
    for thread in threads:
        shown = [p for p in by_thread[thread.pk] if not p.held]
        thread.reply_count = len(shown) - 1
        thread.last_post = shown[-1]
        thread.last_activity = shown[-1].created
        if thread.category.kind == K.HELPDESK:
            answer = by_thread[thread.pk][1]
            thread.first_response = answer.created
            if rng.random() < 0.6:
                thread.accepted_post = answer
    Thread.objects.bulk_update(
        threads,
        ["reply_count", "last_post", "last_activity", "first_response", "accepted_post"],
        batch_size=500,
    )
    tags = ["led", "lcc", "ecolabel", "market-dialogue", "school-meals", "criteria"]
    from taggit.models import Tag

    tag_objects = [Tag.objects.get_or_create(slug=t, defaults={"name": t})[0] for t in tags]
    TaggedThread.objects.bulk_create(
        TaggedThread(content_object=thread, tag=tag_objects[i % len(tag_objects)])
        for i, thread in enumerate(threads)
    )
    reactions = []
    for post in rng.sample(posts, 1200):
        user = rng.choice(readers.get(post.thread.category_id, people))  # who may read it
        if user.pk != post.author_id:
            reactions.append(Reaction(post=post, user=user, kind=rng.choice(Reaction.Kind.values)))
    Reaction.objects.bulk_create(reactions, ignore_conflicts=True)
    public_posts = [p for p in posts if p.thread.category.kind == K.PUBLIC and not p.held]
    flags = []
    for post in rng.sample(public_posts, 8):
        user = rng.choice([u for u in people if u.pk != post.author_id])
        flags.append(
            Flag(
                post=post,
                user=user,
                reason=rng.choice(Flag.Reason.values),
                note="Looks like advertising to me.",
            )
        )
    Flag.objects.bulk_create(flags, ignore_conflicts=True)
    Subscription.objects.bulk_create(
        (Subscription(user_id=t.author_id, thread=t) for t in threads), ignore_conflicts=True
    )


def _story_step() -> DemoStep:
    """One conversation through the services: the demo member asks, support answers with a
    quote and a mention, the member accepts; a newcomer's first post waits for a moderator."""

    def load() -> bool:
        title = "Road lighting tender: how do we verify the lumen output?"
        if Thread.objects.filter(title=title).exists():
            return False
        member = User.objects.filter(email="member@demo.gpp-commons.eu").first()
        support = User.objects.filter(email="support@demo.gpp-commons.eu").first()
        helpdesk = Category.objects.filter(slug="helpdesk-gpps-latvia").first()
        if not (member and support and helpdesk):
            return False
        thread = services.thread_create(
            category=helpdesk,
            author=member,
            title=title,
            tags=["led", "verification"],
            body="We ask for 120 lm/W. Which **evidence** should we accept from bidders?",
            hold_check=False,
        )
        question = thread.posts.get()
        handle = services.preference_for(user=member).handle
        answer = services.post_create(
            thread=thread,
            author=support,
            quoted=question,
            hold_check=False,
            body=f"> We ask for 120 lm/W.\n\n@{handle} accept a photometric test report from an "
            "accredited laboratory (EN 13032), not the datasheet alone.",
        )
        services.accept_answer(thread=thread, post=answer, user=member)
        newcomer, _created = User.objects.get_or_create(
            email="newcomer@forum.demo.gpp-commons.eu",
            defaults={"display_name": "Newcomer Nora", "password": make_password(DEMO_PASSWORD)},
        )
        public = Category.objects.get(slug="road-lighting")
        services.thread_create(
            category=public,
            author=newcomer,
            title="Hello from Valmiera",
            body="First post: we are planning our first green tender for street lighting.",
        )
        return True

    return ("forum story: a helpdesk answer accepted, a first post held", load)


def demo_steps():
    yield _categories_step()
    yield _content_step()
    yield _story_step()
