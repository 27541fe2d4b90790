"""Latvian grammar, dates and numbers: plurals of relative times and durations, one date style
per language, money and figures grouped as the language does, facet labels not raw values."""

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from django import forms
from django.template import defaultfilters
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.timesince import TIME_STRINGS, timesince

from kb_site.l10n import AGO_UNITS, UNITS, duration_words, money
from kb_site.l10n import ago as time_ago

COUNTS = (1, 2, 5, 11, 21, 22)
# CLDR's Latvian rule, the one our catalogue declares: 1, 21, 31... (not 11) singular;
# 0, 10-20, 30... the genitive plural (as Django's lv translators write it); the rest plural.
LATVIAN = {
    "minute": ("minūte", "minūtes", "minūtes", "minūšu", "minūte", "minūtes"),
    "hour": ("stunda", "stundas", "stundas", "stundu", "stunda", "stundas"),
    "day": ("diena", "dienas", "dienas", "dienu", "diena", "dienas"),
    "week": ("nedēļa", "nedēļas", "nedēļas", "nedēļu", "nedēļa", "nedēļas"),
    "month": ("mēnesis", "mēneši", "mēneši", "mēnešu", "mēnesis", "mēneši"),
    "year": ("gads", "gadi", "gadi", "gadu", "gads", "gadi"),
}
MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 7 * 1440, "month": 30 * 1440,
           "year": 365 * 1440}  # fmt: skip
NOW = datetime(2026, 12, 17, 9, 0, tzinfo=UTC)  # 11:00 in Riga
CASES = [
    (unit, n, word)
    for unit, words in LATVIAN.items()
    for n, word in zip(COUNTS, words, strict=True)
]


def plain(text: str) -> str:
    return str(text).replace("\xa0", " ")


def ago(unit: str, n: int) -> datetime | None:
    """A moment timesince shows as exactly "n <unit>" (None when it rolls into a bigger unit:
    11 days are "1 week, 4 days")."""
    if unit == "year":
        return NOW.replace(year=NOW.year - n)
    if unit == "month":
        return NOW.replace(month=NOW.month - n) if n < 12 else None
    limit = {"minute": 60, "hour": 24, "day": 7, "week": 4}[unit]
    return NOW - timedelta(minutes=n * MINUTES[unit]) if n < limit else None


@pytest.mark.parametrize(("unit", "n", "word"), CASES)
def test_timesince_has_the_latvian_plural_of_each_count(unit, n, word):
    with translation.override("lv"):
        # The strings timesince formats, for every count...
        assert plain(TIME_STRINGS[unit] % {"num": n}) == f"{n} {word}"
        # ...and timesince itself wherever the count can be its largest unit.
        if (moment := ago(unit, n)) is not None:
            assert plain(timesince(moment, NOW)) == f"{n} {word}"


# After "pirms" Latvian takes the genitive singular (1, 21) or the dative plural.
LATVIAN_AGO = {
    "minute": ("minūtes", "minūtēm", "minūtēm", "minūtēm", "minūtes", "minūtēm"),
    "hour": ("stundas", "stundām", "stundām", "stundām", "stundas", "stundām"),
    "day": ("dienas", "dienām", "dienām", "dienām", "dienas", "dienām"),
    "week": ("nedēļas", "nedēļām", "nedēļām", "nedēļām", "nedēļas", "nedēļām"),
    "month": ("mēneša", "mēnešiem", "mēnešiem", "mēnešiem", "mēneša", "mēnešiem"),
    "year": ("gada", "gadiem", "gadiem", "gadiem", "gada", "gadiem"),
}


@pytest.mark.parametrize(
    ("unit", "n", "word"),
    [(u, n, w) for u, words in LATVIAN_AGO.items() for n, w in zip(COUNTS, words, strict=True)],
)
def test_a_moment_ago_in_latvian_takes_the_case_after_pirms(unit, n, word):
    # Every count of the unit's message...
    message = dict(AGO_UNITS)[MINUTES[unit]]
    with translation.override("lv"):
        assert plain(message % {"num": n}) == f"{n} {word}"
    # ...and the whole phrase wherever the count stays in its unit (35 days are a month).
    bigger = [size for size, _name in AGO_UNITS if size > MINUTES[unit]]
    if bigger and n * MINUTES[unit] >= min(bigger):
        return
    moment = NOW - timedelta(minutes=n * MINUTES[unit])
    with translation.override("lv"):
        assert plain(time_ago(moment, NOW)) == f"pirms {n} {word}"
    with translation.override("en"):
        english = f"{n} {unit}" if n == 1 else f"{n} {unit}s"
        assert plain(time_ago(moment, NOW)) == f"{english} ago"


def test_a_moment_under_a_minute_ago_is_just_now():
    with translation.override("lv"):
        assert time_ago(NOW - timedelta(seconds=30), NOW) == "tikko"
        assert time_ago(NOW + timedelta(seconds=30), NOW) == "tikko"  # a clock ahead


def test_timesince_in_english_is_unchanged():
    with translation.override("en"):
        assert plain(timesince(NOW - timedelta(minutes=21), NOW)) == "21 minutes"
        assert plain(timesince(NOW - timedelta(minutes=1), NOW)) == "1 minute"


@pytest.mark.parametrize(("unit", "n", "word"), CASES)
def test_the_duration_filter_has_the_latvian_plural_of_each_count(unit, n, word):
    units = list(MINUTES)
    bigger = units[units.index(unit) + 1] if unit != "year" else None
    name = dict(zip(reversed(units), (name for _size, name in UNITS), strict=True))[unit]
    with translation.override("lv"):
        assert plain(name % {"num": n}) == f"{n} {word}"
        if bigger and n * MINUTES[unit] >= MINUTES[bigger]:
            return  # 11 days are "1 nedēļa un 4 dienas": the words above cover the count
        alone = timedelta(minutes=n * MINUTES[unit])
        assert plain(duration_words(alone)) == f"{n} {word}"
        if bigger:  # and as the smaller of two units: "1 gads un 11 mēnešu"
            after = plain(duration_words(timedelta(minutes=MINUTES[bigger]) + alone))
            assert after.endswith(f" un {n} {word}")


@pytest.mark.parametrize(
    ("value", "english", "latvian"),
    [
        (timedelta(days=3, hours=8), "3 days and 8 hours", "3 dienas un 8 stundas"),
        (timedelta(hours=21, minutes=1), "21 hours and 1 minute", "21 stunda un 1 minūte"),
        (timedelta(days=1, minutes=22), "1 day", "1 diena"),  # no hours: the minutes go too
        (timedelta(days=400), "1 year and 1 month", "1 gads un 1 mēnesis"),
        (timedelta(days=11, hours=2), "1 week and 4 days", "1 nedēļa un 4 dienas"),
        (timedelta(seconds=20), "less than a minute", "mazāk par minūti"),
    ],
)
def test_durations_are_words_in_both_languages(value, english, latvian):
    with translation.override("en"):
        assert plain(duration_words(value)) == english
    with translation.override("lv"):
        assert plain(duration_words(value)) == latvian


def test_other_django_counts_visitors_see_are_latvian_too():
    from django.contrib.auth.password_validation import MinimumLengthValidator

    with translation.override("lv"):
        assert plain(defaultfilters.filesizeformat(21)) == "21 baits"
        assert plain(defaultfilters.filesizeformat(2)) == "2 baiti"
        assert MinimumLengthValidator(12).get_help_text() == (
            "Parolē ir jābūt vismaz 12 rakstzīmēm."
        )
        assert MinimumLengthValidator(21).get_help_text() == (
            "Parolē ir jābūt vismaz 21 rakstzīmei."
        )
        with pytest.raises(forms.ValidationError) as error:
            forms.CharField(max_length=21).clean("x" * 30)
        assert "ne vairāk kā 21 rakstzīme (tajā ir 30)" in error.value.messages[0]


MOMENT = datetime(2026, 12, 17, 14, 5, tzinfo=UTC)  # 16:05 in Riga


@pytest.mark.parametrize(
    ("name", "english", "latvian"),
    [
        ("DATE_FORMAT", "17 December 2026", "2026. gada 17. decembris"),
        ("DATETIME_FORMAT", "17 December 2026, 16:05", "2026. gada 17. decembris, 16:05"),
        ("SHORT_DATE_FORMAT", "17 Dec 2026", "17.12.2026."),
        ("SHORT_DATETIME_FORMAT", "17 Dec 2026, 16:05", "17.12.2026. 16:05"),
        ("TIME_FORMAT", "16:05", "16:05"),
        ("YEAR_MONTH_FORMAT", "December 2026", "2026. g. decembris"),
    ],
)
def test_one_date_style_per_language(name, english, latvian):
    local = timezone.localtime(MOMENT)
    with translation.override("en"):
        assert date_format(local, name) == english
    with translation.override("lv"):
        assert date_format(local, name) == latvian


@pytest.mark.parametrize("language", ["en", "lv"])
def test_date_inputs_still_take_and_show_iso_dates(language):
    with translation.override(language):
        field = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
        assert field.clean("2026-12-17") == date(2026, 12, 17)  # what <input type="date"> sends
        assert 'value="2026-12-17"' in field.widget.render("d", date(2026, 12, 17))
    with translation.override("lv"):
        assert forms.DateField().clean("17.12.2026") == date(2026, 12, 17)


def test_money_is_grouped_and_placed_as_the_language_writes_it():
    with translation.override("en"):
        assert plain(money(Decimal("1234567.4"))) == "EUR 1,234,567"
    with translation.override("lv"):
        assert plain(money(Decimal("1234567.4"))) == "1 234 567 EUR"
        assert plain(money(1500, "SEK")) == "1 500 SEK"


# --- Through the pages -----------------------------------------------------------------------


@pytest.fixture
def frozen_now(monkeypatch):
    """timesince's "now" stopped: a page rendered a second later shows the same words."""
    now = timezone.now().replace(microsecond=0)
    monkeypatch.setattr(
        defaultfilters, "timesince", lambda value, arg=None: timesince(value, arg or now)
    )
    return now


def url(language: str, name: str) -> str:
    with translation.override(language):
        return reverse(name)


@pytest.mark.django_db
def test_forum_index_shows_latvian_plurals(client, frozen_now):
    from forum.models import Thread
    from tests.forum.factories import ThreadFactory

    thread = ThreadFactory()
    Thread.objects.filter(pk=thread.pk).update(last_activity=frozen_now - timedelta(minutes=22))
    html = plain(client.get(url("lv", "forum:index")).content.decode())
    assert "pirms 22 minūtēm" in html  # after "pirms": the dative plural
    assert "22 minūte<" not in html


@pytest.mark.django_db
def test_helpdesk_shows_plurals_and_the_median_in_words(client, frozen_now):
    from forum.models import Category, Thread
    from tests.forum.factories import CategoryFactory, ThreadFactory
    from tests.members.factories import SupportUnitFactory

    unit = SupportUnitFactory()
    category = CategoryFactory(kind=Category.Kind.HELPDESK, support_unit=unit)
    waiting = ThreadFactory(category=category, title="Waiting question")
    answered = ThreadFactory(category=category, title="Answered question")
    Thread.objects.filter(pk=waiting.pk).update(created=frozen_now - timedelta(hours=21))
    created = frozen_now - timedelta(days=10)
    Thread.objects.filter(pk=answered.pk).update(
        created=created, first_response=created + timedelta(days=3, hours=8)
    )
    html = plain(client.get(url("lv", "forum:helpdesk")).content.decode())
    assert "<td>21 stunda</td>" in html  # 21 takes the singular
    assert "3 dienas un 8 stundas" in html
    assert "3 days" not in html
    assert "8:00:00" not in html
    english = plain(client.get(url("en", "forum:helpdesk")).content.decode())
    assert "Median first response: 3 days and 8 hours" in english


@pytest.mark.django_db
def test_notifications_show_latvian_plurals(frozen_now):
    from members.models import Notification
    from members.services import notify
    from tests.members.factories import UserFactory, logged_in

    user = UserFactory(preferred_language="lv")
    notify(user=user, text="Jauna atbilde", url="/lv/")
    Notification.objects.filter(user=user).update(created_at=frozen_now - timedelta(days=2))
    html = plain(logged_in(user).get(url("lv", "members:notifications")).content.decode())
    assert "pirms 2 dienām" in html
    assert "2 diena<" not in html


@pytest.mark.django_db
def test_post_dates_follow_each_languages_style(client):
    from tests.forum.factories import ThreadFactory

    thread = ThreadFactory(created=MOMENT)
    with translation.override("lv"):
        latvian = plain(client.get(thread.get_absolute_url()).content.decode())
    with translation.override("en"):
        english = plain(client.get(thread.get_absolute_url()).content.decode())
    assert "17.12.2026. 16:05" in latvian
    assert "17 Dec 2026, 16:05" in english
    assert "12/17/2026" not in english
    assert "p.m." not in english


@pytest.mark.django_db
def test_an_expired_evidence_message_has_the_date_in_the_readers_style():
    from members.services import MembershipError, evidence_verify
    from tests.members.factories import EditorFactory, EvidenceFactory

    evidence = EvidenceFactory(valid_until=date(2024, 3, 5))
    for language, expected in (("en", "5 March 2024"), ("lv", "2024. gada 5. marts")):
        with translation.override(language), pytest.raises(MembershipError) as error:
            evidence_verify(evidence=evidence, actor=EditorFactory())
        assert expected in str(error.value)


@pytest.mark.django_db
def test_the_impact_dashboard_groups_figures_and_money_per_language(client):
    from practices.models import CaseStudyIndexPage, CaseStudyPage
    from tests.practices.helpers import index

    for language in ("en", "lv"):
        index(CaseStudyIndexPage, language).add_child(
            instance=CaseStudyPage(
                title=f"Lighting {language}", slug=f"lighting-{language}", summary="A tender.",
                country="LV", procedure="open", year=2024, live=True,
                co2_tonnes_per_year=Decimal("12345.5"), lcc_saving_eur=Decimal("1234567"),
            )
        )  # fmt: skip
    latvian = plain(client.get("/lv/practices/impact/?language=lv").content.decode())
    english = plain(client.get("/en/practices/impact/?language=en").content.decode())
    assert "1 234 567 EUR" in latvian
    assert "12 346" in latvian  # the total, grouped with a (no-break) space
    assert "EUR 1,234,567" in english
    assert "12,346" in english
    study = CaseStudyPage.objects.get(slug="lighting-lv")
    page = plain(client.get(study.url).content.decode())
    assert "12 345,5" in page
    assert "1 234 567 EUR" in page


@pytest.mark.django_db
def test_the_practice_facet_shows_translated_labels_not_raw_values(client, settings):
    from search.engines import database
    from search.registry import Document

    settings.ELASTICSEARCH_URL = ""
    when = datetime(2024, 5, 1, tzinfo=UTC)
    database.index([
        Document(key=f"thread:{n}", type="thread", title=f"Zemgale lighting {kind}",
                 url=f"/t/{n}/", kind=kind, date=when)
        for n, kind in enumerate(["public", "helpdesk", "webinar"], start=1)
    ])  # fmt: skip
    for language, labels in (
        ("lv", {"Publiska", "Palīdzības dienests", "Starptautisks vebinārs"}),
        ("en", {"Public", "Helpdesk", "International webinar"}),
    ):
        html = client.get(f"/{language}/search/?q=zemgale").content.decode()
        section = html[html.index('id="facet-kind"') :]
        section = section[: section.index("</section>")]
        shown = {label.strip() for label in re.findall(r"<a href=[^>]*>([^<]*)</a>", section)}
        assert shown == labels
