import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from members.models import WorkingGroupDocument
from tests.members.factories import UserFactory, WorkingGroupMemberFactory

pytestmark = pytest.mark.django_db


def upload(client, group, name="minutes.pdf", content=b"%PDF-1.7 round table minutes"):
    return client.post(
        f"/en/working-groups/{group.slug}/documents/",
        {"title": "Round table minutes", "file": SimpleUploadedFile(name, content)},
    )


def test_members_share_documents_that_outsiders_cannot_reach(client):
    seat = WorkingGroupMemberFactory()
    group = seat.group
    client.force_login(seat.user)
    assert upload(client, group)["Location"] == f"/en/working-groups/{group.slug}/"
    document = WorkingGroupDocument.objects.get()
    path = document.file.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))

    page = client.get(f"/en/working-groups/{group.slug}/").content.decode()
    url = f"/en/working-groups/{group.slug}/documents/{document.pk}/"
    assert url in page
    response = client.get(url)
    assert b"".join(response.streaming_content) == b"%PDF-1.7 round table minutes"

    client.force_login(UserFactory())
    assert (
        "Round table minutes"
        not in client.get(f"/en/working-groups/{group.slug}/").content.decode()
    )
    assert client.get(url).status_code == 404


def test_a_file_that_lies_about_its_type_is_refused_and_the_title_kept(client):
    seat = WorkingGroupMemberFactory()
    client.force_login(seat.user)
    response = upload(client, seat.group, name="minutes.docx", content=b"%PDF-1.7 not a docx")
    html = response.content.decode()
    assert "This file is named minutes.docx but is not a DOCX file." in html
    assert 'value="Round table minutes"' in html
    assert not WorkingGroupDocument.objects.exists()
