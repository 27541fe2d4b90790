"""The site's date, time and number formats per language (FORMAT_MODULE_PATH).

Templates and Python code name a format (`|date:"DATE_FORMAT"`,
`date_format(d, "SHORT_DATE_FORMAT")`) and never spell one out: one style per language.
"""
