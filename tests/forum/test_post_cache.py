"""Posts of a thread page kept rendered under all they show (forum/post_cache.py): a second
reader with the same view gets them from the cache, each reader keeps their own "mine" marks,
links and working CSRF token, and an edit shows at once."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client, RequestFactory

from forum import post_cache, services
from forum.models import Reaction
from tests.forum.factories import PostFactory, ThreadFactory
from tests.members.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def veteran() -> Client:
    user = UserFactory()
    PostFactory.create_batch(services.NEW_MEMBER_POSTS, author=user)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.user = user
    return client


def reaction_form(page: str, post) -> str:
    start = page.index(f'id="post-{post.pk}"')
    return page[start : page.index("</form>", start)]


def test_every_value_the_post_template_reads_is_in_the_key():
    template = Path(django_settings.BASE_DIR, "templates", post_cache.ITEMS_TEMPLATE)
    text = re.sub(r"{% comment %}.*?{% endcomment %}", "", template.read_text(), flags=re.S)
    read = set(re.findall(r"\bpost\.(\w+)", text))
    assert read - set(post_cache.ITEM_FIELDS) == {"quoted", "reaction_summary"}  # both keyed


def test_a_second_member_gets_the_posts_from_the_cache_with_their_own_marks_and_token():
    thread = ThreadFactory(title="Dimming")
    post = PostFactory(thread=thread, body="We dim after midnight.")
    first, second = veteran(), veteran()
    Reaction.objects.create(post=post, user=first.user, kind="like")
    page = first.get(thread.get_absolute_url()).content.decode()
    assert "reaction--mine" in reaction_form(page, post)

    def post_keys() -> int:  # in the local-memory cache of the tests
        return sum("forum-post:" in key for key in cache._cache)

    keys = post_keys()
    other = second.get(thread.get_absolute_url()).content.decode()
    form = reaction_form(other, post)
    assert "reaction--mine" not in form
    assert '<span class="count">1</span>' in form
    assert "We dim after midnight." in other
    assert post_keys() <= keys + 1  # the opening post was shared: same view of it
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    response = second.post(
        f"/en/forum/p/{post.pk}/react/", {"kind": "thanks", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302  # the token is this member's own
    assert Reaction.objects.filter(post=post, user=second.user, kind="thanks").exists()


def test_an_edit_and_a_new_count_show_at_once():
    thread = ThreadFactory()
    post = PostFactory(thread=thread, body="First wording")
    reader = veteran()
    reader.get(thread.get_absolute_url())
    services.post_edit(post=post, editor=post.author, body="Second wording", reason="")
    Reaction.objects.create(post=post, user=UserFactory(), kind="agree")
    page = reader.get(thread.get_absolute_url()).content.decode()
    assert "Second wording" in page
    assert "First wording" not in page
    assert '<span class="count">1</span>' in reaction_form(page, post)


def test_the_authors_own_links_never_reach_another_reader():
    thread = ThreadFactory()
    author = veteran()
    post = PostFactory(thread=thread, author=author.user)
    assert f"/en/forum/p/{post.pk}/edit/" in author.get(thread.get_absolute_url()).text
    assert f"/en/forum/p/{post.pk}/edit/" not in veteran().get(thread.get_absolute_url()).text
    assert f"/en/forum/p/{post.pk}/edit/" not in Client().get(thread.get_absolute_url()).text


def test_html_kept_for_other_readers_may_hold_no_form():
    post = PostFactory()
    reader = veteran()
    page = reader.get(post.thread.get_absolute_url())
    posts = page.context["posts"]
    request = RequestFactory().get(post.thread.get_absolute_url())
    with pytest.raises(ValueError, match="CSRF"):
        post_cache.post_items(request, posts, shared=True)
