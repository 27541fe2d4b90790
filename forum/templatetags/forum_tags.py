from django import template

from forum import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def forum_can_moderate(context) -> bool:
    return permissions.can_moderate(context["request"].user)
