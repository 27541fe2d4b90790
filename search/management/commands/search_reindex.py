"""Rebuild the search indexes from the content, with a progress bar.

The database index is replaced in one transaction; Elasticsearch (when ELASTICSEARCH_URL is
set) gets a new index filled with bulk requests and swapped in by alias, so search answers
throughout.
"""

import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from search import services


class Command(BaseCommand):
    help = "Rebuild the search indexes (database, and Elasticsearch when configured)."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        started = time.monotonic()
        total = services.count_objects()
        with tqdm(
            total=total, unit="doc", disable=options["no_progress"], desc="search_reindex"
        ) as bar:
            counts = services.reindex(progress=bar.update)
        engines = ", ".join(f"{name}: {count}" for name, count in counts.items() if count)
        self.stdout.write(
            f"Search index rebuilt ({engines or 'nothing to index'}) in "
            f"{time.monotonic() - started:.1f} s."
        )
