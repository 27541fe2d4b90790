from django import forms
from django.utils.translation import gettext_lazy as _

from kb_site.forms import IdChoiceField
from members.validators import validate_image

from .models import Category, Flag, Preference

BODY_HELP = _(
    "Markdown: **bold**, *italic*, `code`, > quote, lists, [links](https://…). "
    "Mention a member with @their-handle."
)


class ImageFields(forms.Form):
    """An optional image: checked by content, shown in the post with its description."""

    image = forms.FileField(
        label=_("Add an image (optional)"),
        required=False,
        validators=[validate_image],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    image_description = forms.CharField(
        label=_("Describe the image for people who cannot see it"),
        required=False,
        max_length=200,
    )

    def clean(self):
        data = super().clean()
        if data.get("image") and not data.get("image_description", "").strip():
            self.add_error("image_description", _("Describe the image in a few words."))
        return data


class ThreadForm(ImageFields):
    field_order = ["title", "body", "tags", "image", "image_description"]

    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Your post"), widget=forms.Textarea(attrs={"rows": 10}), help_text=BODY_HELP
    )
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=200,
        help_text=_("Up to five, separated by commas, e.g. street lighting, LED."),
    )

    def clean_tags(self) -> list[str]:
        tags = [t.strip() for t in self.cleaned_data["tags"].split(",") if t.strip()]
        if len(tags) > 5:
            raise forms.ValidationError(_("At most five tags."))
        return tags


class PostForm(ImageFields):
    field_order = ["body", "image", "image_description"]

    body = forms.CharField(
        label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 8}), help_text=BODY_HELP
    )
    quoted = forms.IntegerField(required=False, widget=forms.HiddenInput)


class EditForm(forms.Form):
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 10}))
    reason = forms.CharField(
        label=_("Reason for the edit (shown to the author)"), required=False, max_length=500
    )


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why?"), choices=Flag.Reason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Anything the moderators should know"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason (the author is told)"), required=False, max_length=500)


class ThreadModerationForm(ReasonForm):
    category = IdChoiceField(
        label=_("Move to category"), queryset=Category.objects.all(), required=False
    )
    merge_into = forms.IntegerField(
        label=_("Merge into thread number"), required=False, min_value=1
    )


class SuspendForm(forms.Form):
    days = forms.IntegerField(label=_("Days"), min_value=1, max_value=365, initial=7)
    reason = forms.CharField(label=_("Reason (the member is told)"), max_length=500)


class PreferenceForm(forms.Form):
    email = forms.ChoiceField(
        label=_("E-mail about the forum"),
        choices=Preference.Email.choices,
        widget=forms.RadioSelect,
    )
