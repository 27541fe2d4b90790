"""Translations: `compile` builds .mo files (pure Python, no gettext needed);
`check` fails when a user-visible string has no Latvian translation.

The check extracts the strings from the code again (Django's makemessages, which needs GNU
gettext's xgettext) into the catalogue, reads it, and puts the committed file back, so it
catches strings that were added to a template but never extracted as well as empty, fuzzy or
incomplete plural translations and mismatched placeholders.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
CATALOGUE = LOCALE / "lv" / "LC_MESSAGES" / "django.po"
LV_PLURAL_FORMS = (
    "nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19)) ? 0 : (n%10==1 && n%100!=11) ? 1 : 2;"
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
MAKEMESSAGES = [
    sys.executable, "manage.py", "makemessages", "-l", "lv", "--no-obsolete",
    "--add-location", "file",
    "--ignore", ".venv/*", "--ignore", ".tools/*", "--ignore", "var/*", "--ignore", "tests/*",
]  # fmt: skip


def compile_catalogues() -> None:
    for po_path in LOCALE.glob("*/LC_MESSAGES/*.po"):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


def _extract_fresh() -> polib.POFile | None:
    """The catalogue as makemessages would write it now; the committed file is left as it was."""
    if shutil.which("xgettext") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        backup = Path(tmp) / "django.po"
        shutil.copy2(CATALOGUE, backup)
        try:
            subprocess.run(MAKEMESSAGES, cwd=ROOT, check=True, capture_output=True, text=True)
            return polib.pofile(str(CATALOGUE))
        finally:
            shutil.copy2(backup, CATALOGUE)


def problems(catalogue: polib.POFile, committed: polib.POFile) -> list[str]:
    found = []
    if catalogue.metadata.get("Plural-Forms", "").replace(" ", "") != LV_PLURAL_FORMS.replace(
        " ", ""
    ):
        found.append(f"Plural-Forms header must be: {LV_PLURAL_FORMS}")
    known = {(e.msgctxt, e.msgid) for e in committed}
    for entry in catalogue:
        where = entry.occurrences[0][0] if entry.occurrences else "?"
        label = f"{where}: {entry.msgid!r}"
        if (entry.msgctxt, entry.msgid) not in known:
            found.append(f"{label} is not in the catalogue yet (run `make messages`)")
        elif "fuzzy" in entry.flags:
            found.append(f"{label} is marked fuzzy")
        elif entry.msgid_plural:
            forms = [entry.msgstr_plural.get(i, "") for i in range(3)]
            if not all(forms):
                found.append(f"{label} needs all three Latvian plural forms")
        elif not entry.msgstr:
            found.append(f"{label} has no Latvian translation")
        else:
            source = sorted(PLACEHOLDER.findall(entry.msgid))
            target = sorted(PLACEHOLDER.findall(entry.msgstr))
            if source != target:
                found.append(f"{label} placeholders differ: {source} vs {target}")
    return found


def check() -> int:
    committed = polib.pofile(str(CATALOGUE))
    fresh = _extract_fresh()
    if fresh is None:
        print("i18n-check: xgettext (GNU gettext) not found; checking the committed catalogue only")
        fresh = committed
    found = problems(fresh, committed)
    for line in found:
        print(f"missing Latvian: {line}")
    total = len(fresh)
    if found:
        print(f"i18n-check: {len(found)} problem(s) in {total} strings")
        return 1
    print(f"i18n-check: all {total} strings have Latvian translations")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "compile":
        compile_catalogues()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(f"usage: {sys.argv[0]} compile|check")
