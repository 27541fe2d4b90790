"""Forms kb_site gives the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .validators import DOCUMENT_SIGNATURES, document_max_mb, validate_document


class DocumentForm(BaseDocumentForm):
    """Wagtail's document upload, refusing a file whose content is not what its name says, or
    that is over DOCUMENT_MAX_MB, with the reason (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            kinds = ", ".join(sorted({ext[1:].upper() for ext in DOCUMENT_SIGNATURES}))
            self.fields["file"].help_text = _("%(kinds)s; at most %(limit)s MB.") % {
                "kinds": kinds,
                "limit": document_max_mb(),
            }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            validate_document(upload)
        return upload
