"""Forum benchmark (not a test): the thread page's median time as a ratio to a bare Django
view that renders one small template, both measured through the same test client, with the
same middleware, in one run, against a throw-away SQLite database.

    .venv/bin/python benchmarks/forum_thread_bench.py --posts 200 --runs 50
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
_db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{_db}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.dev")

import django  # noqa: E402 - the environment must be set first

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import clear_url_caches, path  # noqa: E402

BARE = engines["django"].from_string("<!doctype html><title>{{ title }}</title><p>{{ text }}</p>")


def bare_view(request):
    return HttpResponse(BARE.render({"title": "Bare", "text": "One template"}, request))


urlpatterns = [path("bare/", bare_view)]


def timed(client, url: str, runs: int) -> list[float]:
    client.get(url)  # warm caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    from kb_site import urls as site_urls
    from tests.forum.factories import PostFactory, ThreadFactory
    from tests.members.factories import UserFactory

    urlpatterns.extend(site_urls.urlpatterns)
    settings.ROOT_URLCONF = __name__
    clear_url_caches()
    setup_test_environment()

    thread = ThreadFactory(title="Benchmark thread")
    authors = UserFactory.create_batch(10)
    for n in range(args.posts):
        PostFactory(thread=thread, author=authors[n % 10], body=f"Post {n} with **markdown**.")
    reader = UserFactory()
    client = Client()
    client.force_login(reader)

    bare = timed(client, "/bare/", args.runs)
    page = timed(client, thread.get_absolute_url() + "?page=1", args.runs)
    bare_median, page_median = statistics.median(bare), statistics.median(page)
    print(f"bare view median:   {bare_median * 1000:.2f} ms")
    print(f"thread page median: {page_median * 1000:.2f} ms ({args.posts} posts, 20 per page)")
    print(f"ratio: {page_median / bare_median:.1f}x")


if __name__ == "__main__":
    main()
