from django.core.management.base import BaseCommand

from events.services import reminders_send


class Command(BaseCommand):
    help = "Remind registered participants a day and an hour before; run every few minutes."

    def handle(self, *args, **options):
        self.stdout.write(f"{reminders_send()} reminders queued.")
