#!/usr/bin/env python
"""Django's command-line utility for GPP Commons."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.dev")
    from kb_site.settings.errors import exit_on_bad_configuration

    with exit_on_bad_configuration():
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - load settings now so a bad variable fails in one line

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
