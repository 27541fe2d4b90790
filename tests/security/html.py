"""Reading pages the way a browser would: a form's current values, and anything executable."""

import re
from html.parser import HTMLParser

EVENT_PREFIX = "on"
OUR_SCRIPTS = ("/static/",)  # our files and Wagtail's userbar, nothing inline


class _FormReader(HTMLParser):
    """The values a browser would submit for the form whose action ends with `action`."""

    def __init__(self, action: str, page_url: str):
        super().__init__(convert_charrefs=True)
        self.action, self.page_url, self.inside, self.data = action, page_url, False, {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            target = attrs.get("action") or self.page_url  # no action: the page itself
            self.inside = target.endswith(self.action)
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in ("submit", "file", "button"):
                self.data[name] = attrs.get("value", "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select:
            if "selected" in attrs or self.data[self._select] == "":
                self.data[self._select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def form_values(html: str, action: str, page_url: str) -> dict:
    reader = _FormReader(action, page_url)
    reader.feed(html)
    assert reader.data, f"no form posting to …{action}"
    return reader.data


class _Executable(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith(EVENT_PREFIX):
                self.found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and value.startswith(
                ("javascript:", "vbscript:", "data:text/html")
            ):
                self.found.append(f"<{tag} {name}={value[:30]}>")
        attributes = dict(attrs)
        source = re.sub(r"^(https?:)?//[^/]+", "", attributes.get("src") or "")
        data_only = attributes.get("type") == "application/json"  # Wagtail's userbar config
        if tag == "script" and not data_only and not source.startswith(OUR_SCRIPTS):
            self.found.append("<script> that is not ours")
        if tag in ("iframe", "object", "embed", "base"):
            self.found.append(f"<{tag}>")


def executable_parts(html: str) -> list[str]:
    """Event handlers, script URLs and foreign scripts in the page: should be none."""
    parser = _Executable()
    parser.feed(html)
    return parser.found
