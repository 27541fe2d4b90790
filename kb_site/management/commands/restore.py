"""manage.py restore FILE: replace the database content and files with a backup's."""

from pathlib import Path

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from kb_site.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` (run `migrate` first)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="Do not ask before replacing.")

    def handle(self, *args, file, yes=False, **options):
        source = Path(file)
        if not source.exists():
            raise CommandError(f"{source} does not exist.")
        if not yes and input("This replaces every row and file. Type 'yes': ") != "yes":
            raise CommandError("Nothing restored.")
        try:
            manifest = backup_restore(source=source)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {sum(manifest['rows'].values())} rows and "
            f"{sum(manifest['files'].values())} files from {source} "
            f"(taken {manifest['created_at']})."
        )
        if "search_reindex" in get_commands():  # the search index is not in the archive
            call_command("search_reindex", stdout=self.stdout)
