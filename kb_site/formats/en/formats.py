"""English as a European site writes it: day month year, 24-hour clock ("17 December 2026, 11:00").

Django's own "en" formats are American ("12/17/2026 11 a.m."), which our readers misread.
"""

DATE_FORMAT = "j F Y"  # 17 December 2026
TIME_FORMAT = "H:i"  # 11:00
DATETIME_FORMAT = "j F Y, H:i"  # 17 December 2026, 11:00
YEAR_MONTH_FORMAT = "F Y"  # December 2026
MONTH_DAY_FORMAT = "j F"  # 17 December
SHORT_DATE_FORMAT = "j M Y"  # 17 Dec 2026: no 12/11 or 11/12 to misread
SHORT_DATETIME_FORMAT = "j M Y, H:i"  # 17 Dec 2026, 11:00
FIRST_DAY_OF_WEEK = 1  # Monday

# ISO first: <input type="date"> sends it, and a widget shows its value in the first format.
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # 2026-12-17
    "%d/%m/%Y",  # 17/12/2026
    "%d.%m.%Y",  # 17.12.2026
    "%d %B %Y",  # 17 December 2026
    "%d %b %Y",  # 17 Dec 2026
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
