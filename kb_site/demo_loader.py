"""The demo loader's frame: each app may have a `demo` module whose `demo_steps()` yields
(label, function) pairs; the loader runs them in INSTALLED_APPS order, so organisations exist
before the case studies that name them. Every step goes through the app's services and is
idempotent."""

from collections.abc import Callable, Iterator
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps

DemoStep = tuple[str, Callable[[], object]]
DEMO_PASSWORD = "gpp-demo-2026"  # noqa: S105 - shown on the console by `make run`; demo only


def demo_steps() -> Iterator[DemoStep]:
    for config in apps.get_app_configs():
        module_name = f"{config.name}.demo"
        if find_spec(module_name) is None:
            continue
        yield from import_module(module_name).demo_steps()
