from django.core.management.base import BaseCommand

from events.delivery import invitation_resume


class Command(BaseCommand):
    help = (
        "After a crash: put deliveries claimed by a dead worker back in the queue and restart "
        "the batches of every invitation and newsletter issue still sending. Safe at any time."
    )

    def handle(self, *args, **options):
        released = invitation_resume()
        for mailing, count in sorted(released.items()):
            self.stdout.write(f"{mailing}: {count} deliveries released, resumed")
        if not released:
            self.stdout.write("Nothing to resume.")
