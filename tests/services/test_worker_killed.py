"""A worker killed (SIGKILL) in the middle of an invitation send: after a restart each
recipient has exactly one e-mail. Real parts: `manage.py db_worker` processes on PostgreSQL
and an aiosmtpd relay that counts what it accepted.

The worker is killed while the relay holds its next message unanswered, the moment a real
crash most often hits (a worker spends its time waiting for the relay). The one window no
protocol closes, a crash between the relay's "250 OK" and our UPDATE, is in docs/decisions.md.
"""

import asyncio
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from events import delivery
from events.models import Delivery, EventInvitation
from tests.events.factories import SubscriberFactory, event
from tests.services.test_database_restart import database_url
from tests.services.test_events_smtp import DATABASE_TASKS
from tests.services.test_smtp import Inbox, free_port

pytestmark = pytest.mark.services
ROOT = Path(__file__).resolve().parents[2]
RECIPIENTS = 250
ACCEPTED_BEFORE_THE_CRASH = 40


class StallingInbox(Inbox):
    """Accepts ``accept`` messages, then holds the next one until released, then refuses it
    for now (451): a relay that never answered the dead worker never delivered its message."""

    def __init__(self, accept: int):
        super().__init__()
        self.accept = accept
        self.stalled = threading.Event()
        self.released = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if len(self.messages) >= self.accept and not self.released.is_set():
            self.stalled.set()
            while not self.released.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 Try again later"
        return await super().handle_DATA(server, session, envelope)


def worker(port: int, *args: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kb_site.settings.test",
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "database",
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "ELASTICSEARCH_URL": "",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-startup-delay",
         "--no-reload", "--interval", "0.2", *args],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_killed_worker_is_restarted_and_everyone_gets_the_invitation_once(postgresql, settings):
    settings.TASKS = DATABASE_TASKS  # our start enqueues into the table the workers read
    port = free_port()
    inbox = StallingInbox(accept=ACCEPTED_BEFORE_THE_CRASH)
    relay = Controller(inbox, hostname="127.0.0.1", port=port)
    relay.start()
    first = restarted = None
    try:
        invitation = EventInvitation.objects.create(event=event(1), test_sent_at=timezone.now())
        SubscriberFactory.create_batch(RECIPIENTS)
        delivery.invitation_start(invitation=invitation)

        first = worker(port)
        assert inbox.stalled.wait(timeout=120), first.stderr.read().decode()[-3000:]
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        inbox.released.set()

        statuses = Counter(Delivery.objects.values_list("status", flat=True))
        assert statuses[Delivery.Status.SENT] == ACCEPTED_BEFORE_THE_CRASH
        assert statuses[Delivery.Status.CLAIMED] > 0  # the dead worker's batch is stuck...

        # ...until its lease runs out; `manage.py invitations_resume` (cron) then releases it.
        later = timezone.now() + delivery.CLAIM_LEASE + timedelta(minutes=1)
        delivery.invitation_resume(now=later)
        restarted = worker(port, "--batch")
        assert restarted.wait(timeout=300) == 0, restarted.stderr.read().decode()[-3000:]
    finally:
        for process in (first, restarted):
            if process and process.poll() is None:
                process.kill()
        relay.stop()

    received = Counter(address for recipients, _body in inbox.messages for address in recipients)
    assert len(received) == RECIPIENTS
    assert set(received.values()) == {1}
    assert not Delivery.objects.exclude(status=Delivery.Status.SENT).exists()
    assert EventInvitation.objects.get().status == EventInvitation.Status.DONE
