"""Back up, break, restore: the site comes back as it was, rows and files alike.

Runs on SQLite in `make test` and on PostgreSQL in `make test-services`.
"""

import io
import json
import tarfile

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.documents.models import Document

from members.models import Organisation, WorkingGroupDocument
from practices.models import CaseStudyPage
from tests.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    WorkingGroupFactory,
)
from tests.practices.helpers import PDF, bulk_case_studies, resource

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def file_roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def fresh_content_types():
    """A restore gives content types new ids; the test's rollback brings the old ones back,
    which the in-process cache must not outlive."""
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def site_content():
    organisation = OrganisationFactory(slug="riga-energy", name="Rīgas enerģētikas aģentūra")
    MembershipFactory(organisation=organisation, role="admin")
    group = WorkingGroupFactory(slug="vidzeme")
    group_file = WorkingGroupDocument(group=group, title="Minutes")
    group_file.file.save("minutes.pdf", ContentFile(PDF + b"% private minutes\n"))
    bulk_case_studies(3)
    resource(1)  # a published page with a document file under MEDIA_ROOT
    return organisation


def archive_contents(path):
    """The archive's rows (sorted, comparable) and its files' bytes."""
    with tarfile.open(path, "r:gz") as archive:
        rows = json.loads(archive.extractfile("data.json").read())
        files = {
            member.name: archive.extractfile(member).read()
            for member in archive.getmembers()
            if member.isfile() and member.name.startswith(("media/", "private/"))
        }
    return sorted(rows, key=lambda row: (row["model"], json.dumps(row["pk"]))), files


def test_round_trip_restores_every_row_and_file(site_content, tmp_path, settings):
    before = tmp_path / "before.tar.gz"
    out = io.StringIO()
    call_command("backup", str(before), stdout=out)
    assert f"Backup written to {before}" in out.getvalue()

    # Break things: delete an organisation, rename a case study, lose the files.
    site_content.delete()
    CaseStudyPage.objects.filter(slug="bulk-0").update(title="Vandalised")
    document_path = settings.MEDIA_ROOT / Document.objects.get().file.name
    private_path = settings.PRIVATE_MEDIA_ROOT / WorkingGroupDocument.objects.get().file.name
    document_path.unlink()
    private_path.unlink()

    call_command("restore", str(before), "--yes", stdout=io.StringIO())

    assert Organisation.objects.get(slug="riga-energy").name == "Rīgas enerģētikas aģentūra"
    assert CaseStudyPage.objects.get(slug="bulk-0").title == "Bulk case study 0"
    assert document_path.read_bytes() == PDF
    assert private_path.read_bytes().endswith(b"% private minutes\n")

    after = tmp_path / "after.tar.gz"
    call_command("backup", str(after), stdout=io.StringIO())
    rows_before, files_before = archive_contents(before)
    rows_after, files_after = archive_contents(after)
    assert len(rows_before) > 50  # users, pages, revisions, taxonomy, documents...
    assert rows_after == rows_before
    assert files_after == files_before
    assert len(files_before) >= 2


def test_an_archive_with_rows_missing_is_refused_and_nothing_changes(site_content, tmp_path):
    good = tmp_path / "good.tar.gz"
    call_command("backup", str(good), stdout=io.StringIO())
    # An archive whose manifest promises more organisations than its data holds.
    bad = tmp_path / "bad.tar.gz"
    with tarfile.open(good, "r:gz") as source, tarfile.open(bad, "w:gz") as target:
        for member in source.getmembers():
            content = source.extractfile(member).read() if member.isfile() else b""
            if member.name == "manifest.json":
                manifest = json.loads(content)
                manifest["rows"]["members.organisation"] += 5
                content = json.dumps(manifest).encode()
                member.size = len(content)
            target.addfile(member, io.BytesIO(content))
    Organisation.objects.filter(slug="riga-energy").update(name="Changed after the backup")

    with pytest.raises(CommandError, match=r"members\.organisation"):
        call_command("restore", str(bad), "--yes", stdout=io.StringIO())
    assert Organisation.objects.get(slug="riga-energy").name == "Changed after the backup"


def test_an_archive_with_a_path_outside_its_folders_is_refused(site_content, tmp_path):
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as archive:
        for name, content in [("manifest.json", b'{"format": 1, "rows": {}}'),
                              ("../../escaped.txt", b"owned")]:  # fmt: skip
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    with pytest.raises(CommandError, match="outside"):
        call_command("restore", str(evil), "--yes", stdout=io.StringIO())
    assert not (tmp_path.parent.parent / "escaped.txt").exists()
    assert Organisation.objects.filter(slug="riga-energy").exists()


def test_restore_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "nope.tar.gz"), "--yes")
