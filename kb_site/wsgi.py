import os

from django.core.wsgi import get_wsgi_application

from kb_site.settings.errors import exit_on_bad_configuration

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.production")

with exit_on_bad_configuration():
    application = get_wsgi_application()
