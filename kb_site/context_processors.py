from django.conf import settings


def site(request):
    """Values every page template needs, computed once per request."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
