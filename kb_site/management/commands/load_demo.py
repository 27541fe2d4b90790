import io

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import override_settings
from tqdm import tqdm

from kb_site.demo_loader import demo_steps


class Command(BaseCommand):
    help = (
        "Load realistic GPP demo content through the apps' services. "
        "Running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo users with known passwords even when DEBUG is off.",
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, allow_production=False, no_progress=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to load demo users with known passwords while DEBUG is off; "
                "pass --allow-production if you mean it."
            )
        # Demo requests and answers would e-mail the demo people: nobody reads those.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            created, total = self._load(no_progress)
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready: {created} new, {total - created} unchanged.")
        )

    def _load(self, no_progress: bool) -> tuple[int, int]:
        steps = list(demo_steps())
        created = 0
        # The bar appears only when loading takes longer than a second.
        with tqdm(total=len(steps) + 1, desc="Demo data", unit="step", delay=1,
                  disable=no_progress) as bar:  # fmt: skip
            for label, step in steps:
                bar.set_postfix_str(label[:40])
                with transaction.atomic():
                    if step():
                        created += 1
                bar.update()
            bar.set_postfix_str("search and reference indexes")
            quiet = io.StringIO()
            call_command("update_index", stdout=quiet, stderr=quiet)
            call_command("rebuild_references_index", stdout=quiet, stderr=quiet)
            if "search" in settings.INSTALLED_APPS:  # the site search, once it is installed
                call_command("search_reindex", "--no-progress", stdout=quiet, stderr=quiet)
            bar.update()
        return created, len(steps)
