"""Hostile text in posts: stored as typed, shown only through the sanitiser, never executed."""

from html.parser import HTMLParser

import pytest

from forum import services
from kb_site.markup import render_markdown
from tests.forum.factories import ThreadFactory
from tests.members.factories import UserFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "![x](javascript:alert(1))",
    '<a href="#" onclick="alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    "<svg onload=alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "```\n<script>alert(1)</script>\n```",
    "**unclosed [link](http://a.example \n> > > > nested\n* * *\n<div",
]


class Elements(HTMLParser):
    """Every element and attribute in an HTML fragment, as a browser would see them."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    for tag, attrs in Elements(html).found:
        assert tag not in {"script", "iframe", "svg", "object", "embed", "style"}, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"href", "src"}:
                scheme = (value or "").split(":", 1)[0].strip().lower() if ":" in value else ""
                assert scheme in {"", "http", "https", "mailto"}, (tag, name, value)


@pytest.mark.parametrize("text", HOSTILE)
def test_sanitiser_leaves_nothing_executable(text):
    assert_inert(render_markdown(text))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_post_is_stored_as_typed_and_shown_inert(client, text):
    thread = ThreadFactory()
    author = UserFactory()
    post = services.post_create(thread=thread, author=author, body=text, hold_check=False)
    assert post.body == text.strip()
    client.force_login(author)
    page = client.get(thread.get_absolute_url()).text
    body = page.split(f'id="post-{post.pk}"')[1].split("</article>")[0]
    assert_inert(body)


def test_long_words_rtl_and_zero_width_characters_survive():
    text = "a" * 5000 + " \u202eevil\u202c \u200bhidden\u200b مرحبا"
    html = render_markdown(text)
    assert "a" * 5000 in html  # wrapped by CSS (overflow-wrap: anywhere), not cut
    assert "مرحبا" in html


def test_a_ten_megabyte_paste_is_refused_with_a_message():
    thread = ThreadFactory()
    with pytest.raises(services.ForumError, match="at most"):
        services.post_create(
            thread=thread, author=UserFactory(), body="x" * 10_000_000, hold_check=False
        )
