"""The two site records follow SITE_URL and WAGTAIL_SITE_NAME, set again at every `migrate`.

Django's Site names the site in allauth's e-mails ("Hello from GPP Commons!"); Wagtail's
default Site is where every page's full URL starts (the API's html_url and detail_url, the
events calendar, feeds). Both are rows in the database, so a row written once (a migration,
the admin) went stale when SITE_URL changed, and links pointed at http://localhost/.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_address() -> tuple[str, int]:
    """SITE_URL's host and port (its scheme's default port when it names none)."""
    parts = urlsplit(settings.SITE_URL)
    if not parts.hostname:
        return "localhost", 80
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def sync_sites() -> None:
    """Make Django's Site and Wagtail's default Site name this site at SITE_URL.

    A row is saved only when it differs: every save empties the page cache (kb_site/page_cache.py).
    """
    from django.contrib.sites.models import Site as DjangoSite
    from wagtail.models import Site as WagtailSite

    hostname, port = site_address()
    name = settings.WAGTAIL_SITE_NAME
    domain = urlsplit(settings.SITE_URL).netloc or hostname
    django_site = DjangoSite.objects.filter(pk=settings.SITE_ID).first()
    if django_site is None:
        DjangoSite.objects.create(pk=settings.SITE_ID, domain=domain, name=name)
    elif (django_site.domain, django_site.name) != (domain, name):
        django_site.domain, django_site.name = domain, name
        django_site.save()
    site = WagtailSite.objects.filter(is_default_site=True).first()
    if site is None:  # before the home pages exist (a flushed test database)
        return
    if (site.hostname, site.port, site.site_name) != (hostname, port, name):
        site.hostname, site.port, site.site_name = hostname, port, name
        site.save()  # save(), not update(): Wagtail forgets its cached root paths on save


def connect() -> None:
    from django.db.models.signals import post_migrate

    # Sent once per app after every migrate (and after a test database flush); kb_site's
    # comes first and all tables exist by then.
    post_migrate.connect(_after_migrate, dispatch_uid="kb_site.sync_sites")


def _after_migrate(sender, **kwargs) -> None:
    if sender.name == "kb_site":
        sync_sites()
