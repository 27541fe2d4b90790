"""Profile one page with pyinstrument (not a test): where its server time goes.

    DJANGO_SETTINGS_MODULE=benchmarks.settings DATABASE_URL=... \\
        .venv/bin/python benchmarks/profile_page.py "/en/search/?q=street+lighting"

Add ``--member`` to request it as a logged-in member. Warms the page up, then samples 30
requests through the full middleware stack and prints the call tree (frames under 2% of the
time are folded).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django

django.setup()

from django.test import Client  # noqa: E402
from pyinstrument import Profiler  # noqa: E402


def main(url: str, requests: int = 30, member: bool = False) -> None:
    client = Client()
    if member:  # the benchmark's plain member (benchmarks/pages.py)
        from benchmarks.pages import clients

        client = clients()[1]
    for _ in range(5):
        assert client.get(url).status_code == 200, url
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(requests):
        client.get(url)
    profiler.stop()
    print(profiler.output_text(unicode=False, color=False, time="percent_of_total"))


if __name__ == "__main__":
    main(sys.argv[1], member="--member" in sys.argv[2:])
