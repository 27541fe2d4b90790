"""``{% fragment "name" part ... %}…{% endfragment %}``: a part of a page kept in the cache
(kb_site/fragments.py), varying on the parts given (e.g. the audience of a category list).
Data the fragment needs should reach it lazily (``kb_site.fragments.lazy``) so that a hit
skips the queries too. A fragment is HTML shared by every reader whose parts match: nothing of
one reader (a CSRF token, "mine" marks) may be inside; a ``{% csrf_token %}`` in it is refused.
"""

from django import template
from django.template.defaulttags import CsrfTokenNode

from kb_site.fragments import cached

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        if getattr(context.get("request"), "is_preview", False):
            # A Wagtail preview shows a draft: never served from, nor stored in, the cache.
            return self.nodelist.render(context)
        return cached(
            self.name.resolve(context),
            [part.resolve(context) for part in self.parts],
            lambda: self.nodelist.render(context),
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(CsrfTokenNode):
        raise template.TemplateSyntaxError(
            "{% csrf_token %} inside {% fragment %}: the token would be served to other readers"
        )
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
