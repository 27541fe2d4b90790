import pytest
from django.urls import reverse
from django.utils import translation

from kb_site.reversing import url_maker


@pytest.mark.parametrize("language", ["en", "lv"])
@pytest.mark.parametrize("name", ["forum:post", "forum:post_edit", "forum:thread_short"])
def test_a_made_url_is_what_reverse_gives(name, language):
    with translation.override(language):
        make = url_maker(name)
        assert [make(pk) for pk in (1, 42, 123456)] == [
            reverse(name, args=[pk]) for pk in (1, 42, 123456)
        ]
    assert make(7).startswith(f"/{language}/")
