"""The demo site walked in both languages, as a visitor and as a member: the language switcher
and the hreflang alternates never lead to a missing page, a Latvian page shows no label of the
English interface, and no page shows a choice's stored value where its label belongs.

Pages are gathered by following links from each language's home page, breadth first, up to a
bound; the demo's titles are not named (its content is rewritten from time to time). Django's
test client is enough here: nothing checked needs a browser.
"""

import re
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import polib
import pytest
from bs4 import BeautifulSoup, Comment
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import Client

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "lv" / "LC_MESSAGES" / "django.po"
MAX_PAGES = 300  # per language and role
PER_SHAPE = 15  # pages per kind of address (/en/case-studies/*): a sample of each kind
QUERY_VARIANTS = 2  # per path and set of query names (?page=2, ?page=3; one filter): not all
# Not pages, or pages a GET changes something on (tokens), or outside the site's own pages.
SKIPPED = ("/accounts/logout/", "/admin/", "/django-admin/", "/unfollow/", "/feed/", "/rss/",
           "/atom/", "/export", ".ics", ".csv", ".json", "/confirm/", "/documents/", "/media/",
           "/static/")  # fmt: skip
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\{?[^}]*\}?\}|<[^>]+>")
INVISIBLE = {"script", "style", "template", "noscript", "head"}
AUTHORED = re.compile(r"(^|/|\?|&)tag[=/]")  # a tag link's text is what its author typed


def shape(path: str) -> str:
    """The kind of address: ids as #, the last part as * (/en/forum/t/#/*)."""
    parts = ["#" if part.isdigit() else part for part in path.strip("/").split("/")]
    return "/".join([*parts[:-1], "*"]) if len(parts) > 1 else path


def english_ui_strings() -> list[str]:
    """The English interface's sentences the Latvian one says otherwise: each msgid (or the
    text between its placeholders) of 12 characters or more whose translation differs."""
    found = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        translations = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
        for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
            if msgid in translations:
                continue
            for part in PLACEHOLDER.split(msgid):
                part = " ".join(part.split()).strip(" .,:;()·→←")
                if len(part) >= 12:
                    found.add(part)
    return sorted(found)


def raw_choice_values() -> dict[str, str]:
    """Stored values of the models' choices that differ from their English label: shown as
    a page's text they are a value printed where its label belongs."""
    values = {}
    for model in apps.get_models():
        for model_field in model._meta.get_fields():
            for value, label in getattr(model_field, "choices", None) or []:
                if (
                    isinstance(value, str)
                    and not isinstance(label, list | tuple)
                    and value != str(label)
                    and re.fullmatch(r"[a-z][a-z0-9_\-]+", value)
                ):
                    values[value] = str(label)
    return values


def language_of(node) -> str:
    for parent in [node, *node.parents]:
        if getattr(parent, "attrs", None) and parent.get("lang") is not None:
            return parent["lang"]
    return ""


def authored(node) -> bool:
    """Inside what a member or an editor wrote (rich text, a post, a tag's name): not the
    interface, whatever words it uses."""
    for parent in node.parents:
        if "rich-text" in (parent.get("class") or []):
            return True
        if parent.name == "a" and AUTHORED.search(parent.get("href", "")):
            return True
    return False


def text_nodes(soup):
    """The page's visible interface text, each piece with the language its nearest element
    names."""
    body = soup.body or soup
    for text in body.find_all(string=True):
        if isinstance(text, Comment) or text.parent.name in INVISIBLE or not text.strip():
            continue
        if any(parent.has_attr("hidden") for parent in text.parents if parent.name):
            continue
        if not authored(text):
            yield text.strip(), language_of(text.parent)


@dataclass
class Report:
    pages: Counter = field(default_factory=Counter)  # (role, language) -> pages crawled
    switches: int = 0
    alternates: int = 0
    failures: list[str] = field(default_factory=list)


class Crawl:
    def __init__(self, client: Client, role: str, report: Report):
        self.client, self.role, self.report = client, role, report
        self.answers: dict[str, tuple[int, str]] = {}  # url -> (status, <html lang>)
        self.english = set(english_ui_strings())
        self.choices = raw_choice_values()

    def get(self, url: str):
        response = self.client.get(url)
        html_lang = ""
        soup = None
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            soup = BeautifulSoup(response.content, "html.parser")
            html_lang = soup.html.get("lang", "") if soup.html else ""
            self.check_text(url, soup, html_lang)
        self.answers[url] = (response.status_code, html_lang)
        return response, soup

    def answer(self, url: str) -> tuple[int, str]:
        if url not in self.answers:
            self.get(url)
        return self.answers[url]

    def fail(self, message: str) -> None:
        self.report.failures.append(f"[{self.role}] {message}")

    def check_text(self, url: str, soup, html_lang: str) -> None:
        nodes = list(text_nodes(soup))
        for text, _lang in nodes:
            if text in self.choices:
                self.fail(f"{url} shows the stored value {text!r} (label {self.choices[text]!r})")
        if html_lang != "lv":
            return
        # A label, heading or button is a text of its own; a name that starts with an English
        # word ("Municipality of Sevilla") is not the interface.
        for text, lang in nodes:
            text = " ".join(text.split()).strip(" .,:;()·→←")
            if not lang.startswith("en") and text in self.english:
                self.fail(f"{url} shows English interface text {text!r}")

    def follows(self, href: str, language: str) -> str | None:
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            return None
        in_language = parts.path.startswith(f"/{language}/") or (
            parse_qs(parts.query).get("lang") == [language]
        )
        if not in_language or any(skip in parts.path for skip in SKIPPED):
            return None
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def walk(self, language: str) -> None:
        queue, seen = deque([f"/{language}/"]), {f"/{language}/"}
        variants, shapes = Counter(), Counter()
        while queue and self.report.pages[self.role, language] < MAX_PAGES:
            url = queue.popleft()
            _response, soup = self.get(url)
            if soup is None:
                continue
            self.report.pages[self.role, language] += 1
            self.check_links(url, soup, language)
            for link in soup.find_all("a", href=True):
                target = self.follows(link["href"], language)
                if target is None or target in seen:
                    continue
                path, _, query = target.partition("?")
                if query:
                    variants[path, frozenset(parse_qs(query))] += 1
                    if variants[path, frozenset(parse_qs(query))] > QUERY_VARIANTS:
                        continue
                else:
                    shapes[shape(path)] += 1
                    if shapes[shape(path)] > PER_SHAPE:
                        continue
                seen.add(target)
                queue.append(target)

    def check_links(self, url: str, soup, language: str) -> None:
        for link in soup.select("nav.lang-switch a[href]"):
            if link.get("aria-current"):
                continue
            self.report.switches += 1
            status, html_lang = self.answer(link["href"])
            if status != 200:
                self.fail(f"switch {url} -> {link['href']} answers {status}")
            elif html_lang != link.get("hreflang"):
                self.fail(f"switch {url} -> {link['href']} is not in {link.get('hreflang')}")
        for alternate in soup.select("link[rel=alternate][hreflang]"):
            self.report.alternates += 1
            href = alternate["href"]
            parts = urlsplit(href)
            if not parts.scheme or not parts.netloc:
                self.fail(f"{url}: alternate {href} is not absolute")
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            status, _ = self.answer(target)
            if status != 200:
                self.fail(f"{url}: alternate {href} answers {status}")


@pytest.fixture
def demo(fragments):
    call_command("load_demo", allow_production=True, no_progress=True)


def test_every_switch_and_alternate_answers_and_latvian_pages_speak_latvian(demo):
    from members.models import User

    report = Report()
    member = Client()
    member.force_login(User.objects.get(email="member@demo.gpp-commons.eu"))
    for role, client in (("visitor", Client()), ("member", member)):
        crawl = Crawl(client, role, report)
        for language in ("en", "lv"):
            crawl.walk(language)
    for (role, language), count in sorted(report.pages.items()):
        print(f"pages crawled, {role}, {language}: {count}")
    print(f"switches checked: {report.switches}; alternates checked: {report.alternates}")
    print(f"failures: {len(report.failures)}")
    for failure in report.failures:
        print("  ", failure)
    assert all(report.pages[role, language] >= 20 for role in ("visitor", "member")
               for language in ("en", "lv"))  # fmt: skip
    assert report.failures == []
