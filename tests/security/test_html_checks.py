"""The hostile-input sweep's eyes must see an attack that got through."""

import pytest

from tests.security.html import executable_parts, form_values


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href=" JavaScript:alert(1)">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<script src="https://evil.example/x.js"></script>',
        '<a href="data:text/html;base64,xx">x</a>',
    ],
)
def test_an_executable_part_is_found(html):
    assert executable_parts(f"<p>before</p>{html}<p>after</p>")


def test_escaped_text_and_our_scripts_are_fine():
    page = (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p>"
        '<script src="/static/js/autocomplete.js" defer></script>'
        '<script src="//testserver/static/wagtailadmin/js/userbar.js"></script>'
        '<script type="application/json">{"a": 1}</script>'
    )
    assert executable_parts(page) == []


def test_form_values_reads_what_a_browser_would_submit():
    page = """<form action="/en/x/" method="post">
        <input type="hidden" name="csrfmiddlewaretoken" value="t">
        <input name="title" value="Old &amp; new"><input type="checkbox" name="c" value="1" checked>
        <input type="checkbox" name="c" value="2"><select name="s"><option value="a">A</option>
        <option value="b" selected>B</option></select><textarea name="body">Text</textarea>
        <input type="submit" name="go" value="Go"></form>
        <form action="/other/"><input name="z"></form>"""
    assert form_values(page, "/x/", "/en/page/") == {
        "csrfmiddlewaretoken": "t", "title": "Old & new", "c": ["1"], "s": "b", "body": "Text",
    }  # fmt: skip
