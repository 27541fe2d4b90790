"""Forms kb_site gives the Wagtail admin, and choice fields of ids for the apps' forms."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .converters import out_of_range
from .validators import DOCUMENT_SIGNATURES, document_max_mb, validate_document


class IdChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField whose posted id no column holds is an invalid choice: Django would
    look it up as it is, and a page's id goes through its parent-page link unguarded (a 500)."""

    def to_python(self, value):
        if out_of_range(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], "invalid_choice", {"value": value}
            )
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """The same for several ids, which Django looks up with `pk__in` (unguarded: a 500)."""

    def _check_values(self, value):
        for pk in value if isinstance(value, list | tuple) else ():
            if out_of_range(pk):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], "invalid_pk_value", {"pk": pk}
                )
        return super()._check_values(value)


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
