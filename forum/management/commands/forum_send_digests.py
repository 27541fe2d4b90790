"""Send the daily forum digests (run once a day, e.g. from cron or a scheduler)."""

from django.core.management.base import BaseCommand

from forum.services import digest_send


class Command(BaseCommand):
    help = "E-mail each member on the daily digest what waited for them (queued as tasks)."

    def handle(self, *args, **options):
        sent = digest_send()
        self.stdout.write(f"{sent} digest(s) queued")
