"""The load-data frame for benchmarks: each app may have a `load_data` module whose
`load_steps(scale)` yields LoadStep(label, total, run); `run()` yields how many items it has
made since it last yielded, so `manage.py generate_load_data` can draw one progress bar per
step. Steps are idempotent: rows carry a `load-` prefix and a second run tops up what is
missing. The data set is generated on the machine, never stored in the repository.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps

PREFIX = "load-"


@dataclass(frozen=True)
class LoadStep:
    label: str
    total: int
    run: Callable[[], Iterator[int]]


def load_steps(scale: int) -> Iterator[LoadStep]:
    """Every app's steps, in INSTALLED_APPS order (organisations before their case studies)."""
    for config in apps.get_app_configs():
        module_name = f"{config.name}.load_data"
        if config.name == __name__.rpartition(".")[0] or find_spec(module_name) is None:
            continue
        yield from import_module(module_name).load_steps(scale)


def batches(total: int, size: int = 200) -> Iterator[range]:
    for start in range(0, total, size):
        yield range(start, min(start + size, total))
