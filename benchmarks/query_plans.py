"""Planning and execution time of every SQL query of each page type (PostgreSQL; not a test).

    DJANGO_SETTINGS_MODULE=benchmarks.settings DATABASE_URL=postgres://... \\
        .venv/bin/python benchmarks/query_plans.py [label part]

A query with many joins can cost PostgreSQL more to plan than to run (the planner weighs
every join order); a page's server time hides that inside "SQL". This prints, per page, the
summed planning and execution times from EXPLAIN ANALYZE and the query that plans longest.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from benchmarks.pages import CACHED, pages  # noqa: E402


def explain(sql: str) -> tuple[float, float]:
    """(planning ms, execution ms) of one query, run three times to take the fastest."""
    best = (float("inf"), float("inf"))
    with connection.cursor() as cursor:
        for _ in range(3):
            cursor.execute("EXPLAIN (ANALYZE, SUMMARY, FORMAT JSON) " + sql)
            plan = cursor.fetchone()[0][0]
            best = min(best, (plan["Planning Time"], plan["Execution Time"]))
    return best


def main() -> None:
    if connection.vendor != "postgresql":
        sys.exit("query_plans.py needs PostgreSQL (DATABASE_URL=postgres://...)")
    client = Client()
    print("| page | queries | planning ms | execution ms | longest to plan (ms, tables) |")
    print("|---|---:|---:|---:|---|")
    for label, url in pages(sys.argv[1] if len(sys.argv) > 1 else ""):
        if label.endswith(CACHED):
            continue  # the page cache runs no query
        client.get(url)  # warm caches the way the page benchmark does
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        rows = []
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            rows.append((*explain(sql), sql.count(" JOIN ") + 1))
        planning = sum(r[0] for r in rows)
        execution = sum(r[1] for r in rows)
        worst = max(rows, default=(0.0, 0.0, 0))
        print(
            f"| {label} | {len(captured.captured_queries)} | {planning:.1f} | {execution:.1f}"
            f" | {worst[0]:.1f} ms, {worst[2]} tables |"
        )


if __name__ == "__main__":
    main()
