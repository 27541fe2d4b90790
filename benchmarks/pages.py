"""Page benchmark (not a test): each page type's server time as a ratio to a bare view.

Every page and the bare view (one small template through the same middleware and context
processors) are requested in turn, round after round, in one process, so the ratios compare
like with like on the same machine at the same moment. Run by `make bench` on PostgreSQL with
the generated data set (`manage.py generate_load_data`); any database works:

    DJANGO_SETTINGS_MODULE=benchmarks.settings .venv/bin/python benchmarks/pages.py --rounds 60

Prints one Markdown table: page, SQL queries, median and p95 in ms, and median ratio to the
bare view. Pages that an issue still to land would add (forum, events) are listed when their
URL resolves.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from tqdm import tqdm  # noqa: E402

from kb_site.load_data import PREFIX  # noqa: E402

BARE = ("bare view (reference)", "/bench/bare/")
CACHED = " (anonymous, from the page cache)"
MEMBER = " (logged-in member)"  # renders what is theirs: reaction buttons, read state, forms


def pages(only: str = "") -> list[tuple[str, str]]:
    """(label, URL) for each page type that exists in this database (labels containing
    `only`, when given)."""
    from forum.models import Thread
    from members.models import Organisation
    from practices.models import CaseStudyPage

    study = CaseStudyPage.objects.live().filter(slug__startswith=PREFIX).order_by("pk").first()
    organisation = Organisation.objects.filter(slug__startswith=PREFIX).order_by("pk").first()
    thread = Thread.objects.filter(slug=f"{PREFIX}thread-200-posts").first()
    long_thread = f"/en/forum/t/{thread.pk}/{thread.slug}/" if thread else None
    found = [
        ("home", "/en/"),
        ("case-study index (20 of all)", "/en/case-studies/"),
        ("case-study index, filtered", "/en/case-studies/?country=LV&sort=impact"),
        ("case study", study.url if study else None),
        ("impact dashboard", "/en/practices/impact/"),
        ("organisation directory", "/en/organisations/"),
        (
            "organisation profile",
            f"/en/organisations/{organisation.slug}/" if organisation else None,
        ),
        ("supplier catalogue", "/en/suppliers/"),
        ("search results", "/en/search/?q=street+lighting"),
        ("forum index", "/en/forum/"),
        ("forum category (1,000 threads)", f"/en/forum/c/{PREFIX}talk/"),
        ("thread with 200 posts (first 20)", long_thread),
        ("events index", "/en/events/"),
        ("news index", "/en/news/"),
    ]
    client = Client()
    usable = []
    for label, url in found:
        if only and only not in label:
            continue
        if url and client.get(url).status_code == 200:
            usable.append((label, url))
        else:
            print(f"skipped (not there yet): {label} {url or ''}", file=sys.stderr)
    cached = [(label + CACHED, url) for label, url in usable if label in CACHED_PAGES]
    member = [(label + MEMBER, url) for label, url in usable if label in MEMBER_PAGES]
    return usable + member + cached


CACHED_PAGES = {"home", "case-study index (20 of all)", "case study", "forum index",
                "thread with 200 posts (first 20)"}  # fmt: skip
MEMBER_PAGES = {"home", "case study", "forum index", "thread with 200 posts (first 20)"}


def clients() -> tuple[Client, Client]:
    """A visitor and a member (a plain member: no group, no organisation, no staff role)."""
    from django.contrib.auth import get_user_model

    reader, _ = get_user_model().objects.get_or_create(
        email=f"{PREFIX}reader@example.org", defaults={"display_name": "Bench Reader"}
    )
    member = Client()
    member.force_login(reader)
    return Client(), member


def measure(targets, rounds: int, warmup: int, visitor, member) -> dict[str, list[float]]:
    for _ in range(warmup):
        for label, url in targets:
            client = member if label.endswith(MEMBER) else visitor
            with override_settings(PAGE_CACHE_SECONDS=60 if label.endswith(CACHED) else 0):
                client.get(url)
    times = {label: [] for label, _url in targets}
    for _ in tqdm(range(rounds), desc="rounds", unit="round", file=sys.stderr):
        for label, url in targets:
            client = member if label.endswith(MEMBER) else visitor
            with override_settings(PAGE_CACHE_SECONDS=60 if label.endswith(CACHED) else 0):
                began = time.perf_counter()
                response = client.get(url)
                times[label].append(time.perf_counter() - began)
            assert response.status_code == 200, (url, response.status_code)
    return times


def queries(url: str, client: Client) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured.captured_queries)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--only", default="", help="only the pages whose label contains this")
    args = parser.parse_args()

    targets = [BARE, (BARE[0] + MEMBER, BARE[1]), *pages(args.only)]
    # Logged in once: a log-in saves the user, and any write empties the caches (the query
    # counts after the rounds must see the same warm caches as the rounds did).
    visitor, member = clients()
    times = measure(targets, args.rounds, args.warmup, visitor, member)
    bare = statistics.median(times[BARE[0]])
    member_bare = statistics.median(times[BARE[0] + MEMBER])
    print(
        f"\n{args.rounds} rounds on {connection.vendor}; ratio = median / the bare view's median"
        " (a member's pages: / the bare view's median for a member)\n"
    )
    print("| page | SQL queries | median ms | p95 ms | ratio |")
    print("|---|---:|---:|---:|---:|")
    for label, url in targets:
        median = statistics.median(times[label])
        sql = 0 if label.endswith(CACHED) else queries(url, member if MEMBER in label else visitor)
        print(
            f"| {label} | {sql} | {median * 1000:.1f} | {p95(times[label]) * 1000:.1f}"
            f" | {median / (member_bare if MEMBER in label else bare):.1f}x |"
        )


if __name__ == "__main__":
    main()
