"""Invitation benchmark (not a test): send one invitation to N newsletter subscribers through
a local SMTP peer (aiosmtpd) and print the time and how many arrived (each exactly once).

    .venv/bin/python benchmarks/invitation_bench.py --subscribers 10000

It uses a throw-away SQLite database under /tmp and the immediate task backend, so the batches
run one after another in this process (a worker with the database backend behaves the same,
batch by batch).
"""

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
_db = Path(tempfile.mkdtemp(prefix="gpp-invitation-bench-")) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{_db}"
os.environ["TASKS_BACKEND"] = "immediate"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.dev")

import django  # noqa: E402 - after the environment above

django.setup()

from aiosmtpd.controller import Controller  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from events import delivery  # noqa: E402
from events.models import Delivery, EventIndexPage, EventInvitation, EventPage, Subscriber  # noqa: E402


class Inbox:
    def __init__(self):
        self.recipients: Counter = Counter()

    async def handle_DATA(self, server, session, envelope):
        self.recipients.update(envelope.rcpt_tos)
        return "250 OK"


def main() -> None:
    import logging

    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--port", type=int, default=8025)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    now = timezone.now()
    Subscriber.objects.bulk_create(
        Subscriber(email=f"reader{n:05d}@bench.example.eu", confirmed_at=now)
        for n in range(args.subscribers)
    )
    when = timezone.localtime(now + timezone.timedelta(days=10))
    page = EventPage(title="Benchmark webinar", slug="bench", kind="webinar", summary="s",
                     start_date=when.date(), start_time=when.time(), end_date=when.date(),
                     end_time=(when + timezone.timedelta(hours=1)).time())  # fmt: skip
    EventIndexPage.objects.get(locale__language_code="en").add_child(instance=page)
    invitation = EventInvitation.objects.create(event=page, test_sent_at=now)

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=args.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", args.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    try:
        start = time.perf_counter()
        delivery.invitation_start(invitation=invitation)
        delivery.invitation_start(invitation=invitation)  # started twice: nobody gets two
        elapsed = time.perf_counter() - start
    finally:
        controller.stop()
    sent = Delivery.objects.filter(status=Delivery.Status.SENT).count()
    doubled = sum(1 for count in inbox.recipients.values() if count > 1)
    print(f"subscribers:            {args.subscribers}")
    print(f"delivered (SMTP peer):  {len(inbox.recipients)}  (doubled: {doubled})")
    print(f"deliveries marked sent: {sent}")
    print(f"time:                   {elapsed:.1f} s  ({len(inbox.recipients) / elapsed:.0f}/s)")


if __name__ == "__main__":
    main()
