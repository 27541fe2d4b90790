"""Panels that later apps add to pages of earlier ones.

A page owned by one app (an organisation's profile in members, the home page in kb_site) shows
things owned by apps built on it (case studies, events, forum threads). Dependencies point one
way, so the later app registers a panel for a named slot in its ``AppConfig.ready`` and the
page renders the slot with ``{% panels "organisation" organisation %}``.

A panel is a template and a function ``(request, obj) -> dict | None``; ``None`` hides it. Each
function must run a fixed number of queries, whatever the size of the data, because every page
that shows the slot carries its cost. A panel that shows every reader the same thing (public
content only) says ``shared=True`` and is kept as a cached fragment (kb_site/fragments.py):
a hit runs neither its queries nor its template.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SLOTS = ("home", "organisation", "working_group", "support_unit", "meetings")


@dataclass(frozen=True)
class Panel:
    key: str
    template: str
    context: Callable[[Any, Any], dict | None]
    order: int = 50
    shared: bool = False


_panels: dict[str, dict[str, Panel]] = {slot: {} for slot in SLOTS}


def register_panel(
    slot: str,
    *,
    key: str,
    template: str,
    context: Callable,
    order: int = 50,
    shared: bool = False,
) -> None:
    """Add (or replace, so a reloaded app does not register twice) a panel in a slot."""
    if slot not in _panels:
        raise KeyError(f"Unknown panel slot {slot!r}; known: {', '.join(SLOTS)}")
    _panels[slot][key] = Panel(
        key=key, template=template, context=context, order=order, shared=shared
    )


def _in_order(slot: str) -> list[Panel]:
    return sorted(_panels[slot].values(), key=lambda p: (p.order, p.key))


def panels_for(slot: str, request, obj=None) -> list[tuple[str, dict]]:
    """(template, context) for every panel of the slot that has something to show."""
    shown = []
    for panel in _in_order(slot):
        context = panel.context(request, obj)
        if context is not None:
            shown.append((panel.template, context))
    return shown


def render_panels(slot: str, request, obj=None) -> str:
    """The HTML of every panel of the slot; shared panels come from the fragment cache."""
    from django.template.loader import render_to_string

    from .fragments import cached

    def render(panel: Panel) -> str:
        context = panel.context(request, obj)
        if context is None:
            return ""
        return render_to_string(panel.template, {**context, "object": obj}, request=request)

    html = []
    for panel in _in_order(slot):
        if panel.shared:
            where = (slot, panel.key, type(obj).__name__, getattr(obj, "pk", None))
            html.append(cached(f"panel-{slot}-{panel.key}", where, lambda p=panel: render(p)))
        else:
            html.append(render(panel))
    return "".join(html)
