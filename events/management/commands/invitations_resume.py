from django.core.management.base import BaseCommand

from events.delivery import invitation_resume


class Command(BaseCommand):
    help = (
        "After a crash: put deliveries claimed by a dead worker back in the queue and restart "
        "the batches of every invitation still sending. Safe to run at any time."
    )

    def handle(self, *args, **options):
        released = invitation_resume()
        for invitation_id, count in sorted(released.items()):
            self.stdout.write(f"invitation {invitation_id}: {count} deliveries released, resumed")
        if not released:
            self.stdout.write("Nothing to resume.")
