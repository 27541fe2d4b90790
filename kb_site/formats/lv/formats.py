"""Latvian as official documents write it: "2026. gada 17. decembris, 11:00", "17.12.2026.".

These are Django's lv formats (kept by its Latvian translators), spelt out here so the site's
style is in one place; the short date gets the ordinal dot Latvian puts after the year.
"""

from django.conf.locale.lv import formats as django_lv

DATE_FORMAT = r"Y. \g\a\d\a j. F"  # 2026. gada 17. decembris
TIME_FORMAT = "H:i"  # 11:00
DATETIME_FORMAT = r"Y. \g\a\d\a j. F, H:i"  # 2026. gada 17. decembris, 11:00
YEAR_MONTH_FORMAT = r"Y. \g. F"  # 2026. g. decembris
MONTH_DAY_FORMAT = "j. F"  # 17. decembris
SHORT_DATE_FORMAT = "d.m.Y."  # 17.12.2026.
SHORT_DATETIME_FORMAT = "d.m.Y. H:i"  # 17.12.2026. 11:00
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # a no-break space: 1 234 567
NUMBER_GROUPING = 3
# What people type: Django's lists, ISO first (<input type="date"> sends it).
DATE_INPUT_FORMATS = django_lv.DATE_INPUT_FORMATS
TIME_INPUT_FORMATS = django_lv.TIME_INPUT_FORMATS
DATETIME_INPUT_FORMATS = django_lv.DATETIME_INPUT_FORMATS
