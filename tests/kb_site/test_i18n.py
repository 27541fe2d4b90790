"""Every user-visible string has a Latvian translation, and the check really catches gaps."""

import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from i18n import CATALOGUE, LV_PLURAL_FORMS, problems


def catalogue(*entries: polib.POEntry) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Plural-Forms": LV_PLURAL_FORMS}
    for entry in entries:
        po.append(entry)
    return po


def test_committed_catalogue_is_complete():
    committed = polib.pofile(str(CATALOGUE))
    assert problems(committed, committed) == []
    assert len(committed) > 100


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        (polib.POEntry(msgid="Round tables", msgstr=""), "has no Latvian translation"),
        (
            polib.POEntry(msgid="Round tables", msgstr="Apaļie galdi", flags=["fuzzy"]),
            "is marked fuzzy",
        ),
        (
            polib.POEntry(
                msgid="%(n)s post", msgid_plural="%(n)s posts", msgstr_plural={0: "a", 1: "b"}
            ),
            "needs all three Latvian plural forms",
        ),
        (
            polib.POEntry(msgid="Hello %(name)s", msgstr="Sveiki, %(vards)s"),
            "placeholders differ",
        ),
    ],
)
def test_check_finds_each_kind_of_gap(entry, complaint):
    found = problems(catalogue(entry), catalogue(entry))
    assert len(found) == 1
    assert complaint in found[0]


def test_check_finds_a_string_that_was_never_extracted():
    fresh = catalogue(polib.POEntry(msgid="New button", msgstr=""))
    found = problems(fresh, catalogue())
    assert "not in the catalogue yet" in found[0]


@pytest.mark.parametrize(
    ("count", "word"),
    [(0, "organizāciju"), (1, "organizācijas"), (2, "organizāciju"), (11, "organizāciju"),
     (21, "organizācijas"), (22, "organizāciju")],
)  # fmt: skip
def test_latvian_has_three_plural_forms(count, word):
    with translation.override("lv"):
        text = translation.ngettext(
            "You belong to %(counter)s organisation.",
            "You belong to %(counter)s organisations.",
            count,
        ) % {"counter": count}
    assert text == f"Jūs esat {count} {word} dalībnieks."


@pytest.mark.django_db  # a Wagtail page looks up its default locale
def test_country_names_follow_the_visitors_language():
    from django.utils import translation

    from members.models import Organisation
    from practices.models import CaseStudyPage

    organisation, study = Organisation(country="LV"), CaseStudyPage(country="DE")
    with translation.override("en"):
        assert organisation.get_country_display() == "Latvia"
        assert study.get_country_display() == "Germany"
    with translation.override("lv"):
        assert organisation.get_country_display() == "Latvija"
        assert study.get_country_display() == "Vācija"
    assert Organisation(country="XX").get_country_display() == "XX"
