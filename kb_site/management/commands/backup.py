"""manage.py backup [FILE]: the database content and uploaded files in one .tar.gz."""

from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from kb_site.backup import backup_create


class Command(BaseCommand):
    help = "Back up the database content and uploaded files into one archive."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Archive to write (default: var/backups/).")

    def handle(self, *args, file=None, **options):
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        destination = (
            Path(file) if file else Path(settings.VAR_DIR) / "backups" / f"gpp-{stamp}.tar.gz"
        )
        manifest = backup_create(destination=destination)
        rows = sum(manifest["rows"].values())
        files = sum(manifest["files"].values())
        self.stdout.write(f"Backup written to {destination}: {rows} rows, {files} files.")
