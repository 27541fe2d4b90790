from urllib.parse import parse_qsl, urlencode

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from kb_site.fragments import cached
from kb_site.interface_language import PARAMETER
from kb_site.l10n import ago, duration_words, money

register = template.Library()

# The views that show a Wagtail page as the request's own: another view's ``page`` (a
# paginator's page, the page a signed link unfollows) is not what the switcher translates.
WAGTAIL_VIEWS = {"wagtail_serve", "home"}

# Said above a page that has no version in the interface's language, by page type (its model's
# name: kb_site names no later app) and the language the page is in.
ONLY_IN = {
    ("casestudypage", "en"): _("This case study is available in English only."),
    ("casestudypage", "lv"): _("This case study is available in Latvian only."),
    ("strategypage", "en"): _("This strategy is available in English only."),
    ("strategypage", "lv"): _("This strategy is available in Latvian only."),
    ("resourcepage", "en"): _("This resource is available in English only."),
    ("resourcepage", "lv"): _("This resource is available in Latvian only."),
    ("eventpage", "en"): _("This event is described in English only."),
    ("eventpage", "lv"): _("This event is described in Latvian only."),
    ("newspage", "en"): _("This news item is available in English only."),
    ("newspage", "lv"): _("This news item is available in Latvian only."),
    ("page", "en"): _("This page is available in English only."),
    ("page", "lv"): _("This page is available in Latvian only."),
}
# A list's badge on an item in another language than the interface: read out as words.
IN_LANGUAGE = {"en": _("in English"), "lv": _("in Latvian")}


def _translated_path(request, code: str) -> str:
    """The request's path in another language. Reverses the match the request already has
    (resolving the path again cost 9% of a forum thread page); translate_url when there is none."""
    match = request.resolver_match
    if match is None or match.url_name is None:
        return translate_url(request.path, code)
    with translation.override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.path


def _with_language(url: str, code: str | None, query: str = "") -> str:
    """``url`` with the request's query (less any ``lang``), and ``?lang=code`` when given."""
    pairs = parse_qsl(query, keep_blank_values=True)
    if not code and all(key != PARAMETER for key, _value in pairs):
        return f"{url}?{query}" if query else url  # the query as it came
    pairs = [(key, value) for key, value in pairs if key != PARAMETER]
    if code:
        pairs.append((PARAMETER, code))
    return f"{url}?{urlencode(pairs, safe='/')}" if pairs else url


def _translations(page: Page, request) -> dict:
    """The page's live versions by language (``urls``) and its own language (``own``): one
    query, then kept in the cache (a fifth of a case study's time went to it). The cache's
    generation moves with every write, so a translation published, unpublished or moved is
    linked (or no longer linked) on the next request (kb_site/fragments.py)."""

    def compute():
        versions = page.get_translations(inclusive=True).live().select_related("locale")
        urls, own = {}, None
        for version in versions:
            urls[version.locale.language_code] = version.get_url(request)
            if version.pk == page.pk:
                own = version.locale.language_code
        return {"urls": urls, "own": own or page.locale.language_code}

    known = request.__dict__.setdefault("_page_translations", {})  # the switcher, the note...
    if page.pk not in known:
        if getattr(request, "is_preview", False):
            known[page.pk] = compute()
        else:
            known[page.pk] = cached("page-translations", (request.get_host(), page.pk), compute)
    return known[page.pk]


def _request_page(context) -> Page | None:
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page):
        return None
    if getattr(request, "is_preview", False):
        return page
    match = request.resolver_match
    return page if match is not None and match.url_name in WAGTAIL_VIEWS else None


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current page in every language, each link answering 200.

    A Wagtail page links its live translation. Where it has none, it links the page itself
    (its only version) with ``?lang=``: the interface in the chosen language around content in
    the page's own, with a note saying so (kb_site/interface_language.py). Another view is the
    same view in the other language (its objects are the same in both).
    ``exists``: a version of the page is in that language (what hreflang may name)."""
    request = context["request"]
    page = _request_page(context)
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    versions = _translations(page, request) if page is not None else None
    links = []
    for code, name in settings.LANGUAGES:
        if versions is None:
            url = request.path if code == current else _translated_path(request, code)
            url, exists = _with_language(url, None, query), True
        elif code in versions["urls"]:
            url, exists = versions["urls"][code], True
            if code == current:  # the page itself, with its filters or page number
                url = _with_language(url, None, query)
        else:
            url = _with_language(versions["urls"].get(versions["own"], request.path), code, query)
            exists = False
        links.append(
            {"code": code, "name": name, "url": url, "is_current": code == current,
             "exists": exists}
        )  # fmt: skip
    return links


@register.simple_tag(takes_context=True)
def alternates(context, languages: list[dict]) -> list[dict]:
    """The hreflang alternates: absolute addresses of the versions that exist, and x-default
    (for a reader of neither language) on the site's default language's version, if any."""
    request = context["request"]
    found = [
        {"hreflang": link["code"], "href": request.build_absolute_uri(link["url"])}
        for link in languages
        if link["exists"]
    ]
    default = [link for link in found if link["hreflang"] == settings.LANGUAGE_CODE]
    return found + [{"hreflang": "x-default", "href": link["href"]} for link in default]


@register.simple_tag(takes_context=True)
def page_language(context) -> str:
    """The language of the page's content: the Wagtail page's own, else the interface's."""
    page = _request_page(context)
    if page is None:
        return translation.get_language()
    return _translations(page, context["request"])["own"]


@register.simple_tag(takes_context=True)
def only_in_note(context) -> str:
    """ "This case study is available in English only.", in the interface's language, above a
    page whose content is in another one; "" otherwise."""
    page = _request_page(context)
    if page is None:
        return ""
    versions = _translations(page, context["request"])
    own, current = versions["own"], translation.get_language()
    if own == current or current in versions["urls"]:
        return ""  # in the interface's language, or it has a version there (the switcher's)
    note = ONLY_IN.get((page._meta.model_name, own)) or ONLY_IN.get(("page", own), "")
    return str(note)


def _language_of(item) -> str:
    if isinstance(item, dict):
        return item.get("language") or ""
    locale = getattr(item, "locale", None)
    return getattr(locale, "language_code", "") or ""


@register.simple_tag(takes_context=True)
def item_url(context, item) -> str:
    """A list's link to a Wagtail page (or a search hit): ``item.link`` when the list set it,
    with ``?lang=`` keeping the interface in the reader's language when the item is in another
    one (an English-only case study on /lv/ opens with the Latvian interface)."""
    if isinstance(item, dict):
        url = item.get("url", "")
    elif isinstance(item, Page):
        url = getattr(item, "link", None) or item.get_url(context.get("request"))
    else:  # a search hit carries its own address
        url = getattr(item, "link", None) or item.url
    code = _language_of(item)
    current = translation.get_language()
    return _with_language(url, current) if code and code != current else url


@register.simple_tag
def language_badge(item) -> str:
    """ "EN" beside an item of a list in another language than the interface's, read out as
    "in English" (in the interface's words); nothing for an item in the interface's own."""
    code = _language_of(item)
    if not code or code == translation.get_language():
        return ""
    return format_html(
        '<span class="badge badge--language"><span aria-hidden="true">{code}</span>'
        '<span class="visually-hidden">{label}</span></span>',
        code=code.upper(),
        label=IN_LANGUAGE.get(code, code),
    )


@register.simple_tag
def field_widget(field):
    """A field's widget with aria-describedby and aria-invalid pointing at its help and errors."""
    attrs = {}
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}_help")
    if field.errors:
        described.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.filter
def markdown(text: str):
    from django.utils.safestring import mark_safe

    from kb_site.markup import render_markdown

    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3 in render_markdown


@register.simple_tag(takes_context=True)
def panels(context, slot: str, obj=None):
    """Render the panels later apps registered for a slot of this page (kb_site.panels)."""
    from django.utils.safestring import mark_safe

    from kb_site.panels import render_panels

    html = render_panels(slot, context["request"], obj)
    return mark_safe(html)  # noqa: S308 - each part is an autoescaped template


@register.simple_tag
def discussion_link(obj):
    """The URL of the forum thread about ``obj``, or "" while no forum is installed."""
    from kb_site.discussion import discussion_url

    return discussion_url(obj) or ""


@register.filter
def duration(value):
    """A timedelta in words in the page's language: "3 days and 8 hours"."""
    return duration_words(value)


@register.filter(name="ago")
def ago_filter(moment):
    """A past moment in the page's language: "3 minutes ago" / "pirms 3 minūtēm"."""
    return ago(moment)


@register.filter(name="money")
def money_filter(amount, currency="EUR"):
    """A whole amount of money as the page's language writes it: "1 234 567 EUR"."""
    return money(amount, currency or "EUR")


@register.simple_tag(takes_context=True)
def in_interface_language(context, page):
    """A page as a link from a page read in another interface language (``?lang=``): its live
    version in the interface's language, else the page itself with ``?lang=`` kept. Only then
    one query: on an ordinary page the page is already in the interface's language."""
    request = context.get("request")
    if getattr(request, "content_language", None) is None:  # no ?lang=: the same tree
        return {"url": page.get_url(request), "title": page.title}
    page = page.specific if type(page) is Page else page
    current = translation.get_language()
    if _language_of(page) == current:
        return {"url": page.get_url(request), "title": page.title}
    version = (
        page.get_translations().live().filter(locale__language_code=current).specific().first()
    )
    if version is not None:
        return {"url": version.get_url(request), "title": version.title}
    return {"url": _with_language(page.get_url(request), current), "title": page.title}
