"""Back up and restore the whole site: database content and uploaded files in one archive.

The database goes in as Django's JSON (natural keys), so a backup taken on SQLite restores on
PostgreSQL and the other way round; files go in as they are (public media and the private
working-group files). Indexes that can be rebuilt (search, Wagtail's search and reference
indexes) and sessions stay out. A manifest lists the rows per model, and a restore checks
them, so a broken archive is refused with the difference rather than half loaded.
"""

import io
import json
import tarfile
import tempfile
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction

EXCLUDED = {
    "contenttypes.contenttype",
    "auth.permission",
    "admin.logentry",
    "sessions.session",
    "search.searchentry",
    "search.searchfacet",
    "wagtailsearch.indexentry",
    "wagtailcore.referenceindex",
    "django_tasks_db.dbtaskresult",
}
FORMAT_VERSION = 1


def _file_roots() -> tuple[tuple[str, Path], ...]:
    return (("media", Path(settings.MEDIA_ROOT)), ("private", Path(settings.PRIVATE_MEDIA_ROOT)))


class BackupError(Exception):
    pass


def _installed(labels: set[str]) -> set[str]:
    installed = {model._meta.label_lower for model in apps.get_models()}
    return labels & installed


def _models():
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in EXCLUDED or model._meta.proxy or not model._meta.managed:
            continue
        yield model


def backup_create(*, destination: Path) -> dict:
    """Write <destination> (a .tar.gz) and return its manifest."""
    data = io.StringIO()
    with _collections_by_pk():
        call_command(
            "dumpdata",
            *(f"--exclude={label}" for label in sorted(_installed(EXCLUDED))),
            natural_foreign=True,  # content types and permissions by name: their ids differ
            indent=None,
            stdout=data,
        )
    payload = data.getvalue().encode()
    # Permissions are recreated by `migrate` from the models, but not those a migration adds
    # by hand (wagtail-localize's submit_translation): kept by natural key, so a restore
    # matches the recreated rows instead of clashing with their ids.
    permissions = io.StringIO()
    call_command(
        "dumpdata",
        "auth.permission",
        natural_primary=True,
        natural_foreign=True,
        indent=None,
        stdout=permissions,
    )
    counts = Counter(row["model"] for row in json.loads(payload))
    manifest = {
        "format": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(),
        "rows": dict(sorted(counts.items())),
        "files": {},
    }
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(destination, "w:gz") as archive:
        for name, root in _file_roots():
            files = [p for p in root.rglob("*") if p.is_file()] if root.exists() else []
            manifest["files"][name] = len(files)
            for path in files:
                archive.add(path, arcname=f"{name}/{path.relative_to(root)}")
        _add_bytes(archive, "permissions.json", permissions.getvalue().encode())
        _add_bytes(archive, "data.json", payload)
        _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
    return manifest


@contextmanager
def _collections_by_pk():
    """Refer to Wagtail collections by id: the root collection's natural key is empty, which
    Wagtail itself cannot load back (its get_by_natural_key needs a name)."""
    from wagtail.models import Collection

    natural_key = Collection.__dict__["natural_key"]
    del Collection.natural_key
    try:
        yield
    finally:
        Collection.natural_key = natural_key


def _constraints(mode: str) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET CONSTRAINTS ALL {mode}")


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(content))


def backup_restore(*, source: Path) -> dict:
    """Replace the database content with the archive's and write its files back (files made
    since the backup stay). Run `migrate` first; rebuild the search index after."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            with tarfile.open(source, "r:gz") as archive:
                archive.extractall(folder, filter="data")  # refuses absolute and ".." paths
            manifest = json.loads((folder / "manifest.json").read_text())
        except tarfile.FilterError as error:
            raise BackupError(
                f"Refused: the archive writes outside its folders ({error})."
            ) from error
        except (tarfile.TarError, OSError, ValueError) as error:
            raise BackupError(f"Not a backup made by `manage.py backup`: {error}") from error
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        with transaction.atomic():
            _constraints("IMMEDIATE")  # PostgreSQL will not TRUNCATE with checks pending
            call_command("flush", interactive=False, verbosity=0)
            _constraints("DEFERRED")  # loaddata's rows may point forward
            if (folder / "permissions.json").exists():
                call_command("loaddata", str(folder / "permissions.json"), verbosity=0)
            with _collections_by_pk():
                call_command("loaddata", str(folder / "data.json"), verbosity=0)
            found = {
                label: model._default_manager.count()
                for model in _models()
                if (label := model._meta.label_lower) in manifest["rows"]
            }
            missing = {
                label: (count, found.get(label, 0))
                for label, count in manifest["rows"].items()
                if found.get(label, 0) < count
            }
            # flush and loaddata gave content types new ids: this process must not keep the old
            ContentType.objects.clear_cache()
            if missing:
                raise BackupError(f"Rows missing after restore (expected, found): {missing}")
        for name, root in _file_roots():
            extracted = folder / name
            if extracted.exists():
                for path in extracted.rglob("*"):
                    if path.is_file():
                        target = root / path.relative_to(extracted)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(path.read_bytes())
    return manifest
