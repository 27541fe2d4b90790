"""Fill locale/lv from a Python mapping of msgid -> Latvian (a translator's helper, not run by CI).

usage: python scripts/translate_fill.py MAPPING.py
MAPPING.py defines LV = {msgid: msgstr} and PLURALS = {msgid: {0: ..., 1: ..., 2: ...}}.
Entries already translated are left alone unless --overwrite is given.
"""

import runpy
import sys
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n import CATALOGUE, LV_PLURAL_FORMS


def main() -> None:
    mapping = runpy.run_path(sys.argv[1])
    overwrite = "--overwrite" in sys.argv
    po = polib.pofile(str(CATALOGUE))
    po.metadata.update(
        {
            "Project-Id-Version": "GPP Commons",
            "Language": "lv",
            "Language-Team": "Latvian",
            "Plural-Forms": LV_PLURAL_FORMS,
        }
    )
    po.metadata_is_fuzzy = False
    filled = 0
    for entry in po:
        # msgmerge's fuzzy guesses are usually wrong: treat them as untranslated.
        fuzzy = "fuzzy" in entry.flags
        if entry.msgid_plural and entry.msgid in mapping.get("PLURALS", {}):
            if overwrite or fuzzy or not all(entry.msgstr_plural.values()):
                entry.msgstr_plural = dict(mapping["PLURALS"][entry.msgid])
                filled += 1
            else:
                continue
        elif entry.msgid in mapping.get("LV", {}) and (overwrite or fuzzy or not entry.msgstr):
            entry.msgstr = mapping["LV"][entry.msgid]
            filled += 1
        else:
            continue
        if fuzzy:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = None
    po.save()
    print(f"filled {filled} entries")


if __name__ == "__main__":
    main()
