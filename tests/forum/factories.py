import factory
from django.utils import timezone

from forum.models import Category, Flag, Post, Thread
from kb_site.markup import render_markdown
from tests.members.factories import EnglishTextsFactory, UserFactory, WorkingGroupFactory


class CategoryFactory(EnglishTextsFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    kind = Category.Kind.PUBLIC


class GroupCategoryFactory(CategoryFactory):
    kind = Category.Kind.WORKING_GROUP
    working_group = factory.SubFactory(WorkingGroupFactory)


class ThreadFactory(factory.django.DjangoModelFactory):
    """A thread with its opening post (use ThreadFactory(posts=0) for a bare one)."""

    class Meta:
        model = Thread
        skip_postgeneration_save = True

    category = factory.SubFactory(CategoryFactory)
    title = factory.Sequence(lambda n: f"Thread about LED street lights {n}")
    slug = factory.Sequence(lambda n: f"thread-{n}")
    author = factory.SubFactory(UserFactory)
    created = factory.LazyFunction(timezone.now)
    last_activity = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def posts(self, create, extracted, **kwargs):
        if not create or extracted == 0:
            return
        post = PostFactory(thread=self, author=self.author, created=self.created)
        self.last_post = post
        self.save(update_fields=["last_post"])


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory, posts=0)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"Reply number {n} about **road lighting** tenders.")
    body_html = factory.LazyAttribute(lambda o: render_markdown(o.body))
    created = factory.LazyFunction(timezone.now)


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    post = factory.SubFactory(PostFactory)
    user = factory.SubFactory(UserFactory)
    reason = Flag.Reason.SPAM
