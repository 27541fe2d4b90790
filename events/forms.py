from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from kb_site.taxonomy import COUNTRIES, ProductGroup
from members.models import Organisation, WorkingGroup

from .models import EventInvitation, EventPage


class GuestRegistrationForm(forms.Form):
    """For a public webinar, without an account: the place is held once the address confirms."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail address"))
    language = forms.ChoiceField(
        label=_("Language of the e-mails"), choices=settings.LANGUAGES, initial="en"
    )


class TopicsForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the e-mails"), choices=settings.LANGUAGES, initial="en"
    )
    product_groups = forms.ModelMultipleChoiceField(
        label=_("Product groups"),
        queryset=ProductGroup.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: all of them."),
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=COUNTRIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: all of them."),
    )
    event_kinds = forms.MultipleChoiceField(
        label=_("Kinds of event"),
        choices=EventPage.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: all of them."),
    )

    def topics(self) -> dict:
        return {
            key: self.cleaned_data.get(key)
            for key in ("product_groups", "countries", "event_kinds")
        }


class SubscribeForm(TopicsForm):
    email = forms.EmailField(label=_("Your e-mail address"))
    field_order = ["email", "language", "product_groups", "countries", "event_kinds"]


class InvitationForm(forms.ModelForm):
    event = forms.ModelChoiceField(
        label=_("Event"),
        queryset=EventPage.objects.live().order_by("-starts_at"),
    )
    working_group = forms.ModelChoiceField(
        label=_("Members of the working group"),
        queryset=WorkingGroup.objects.order_by("name"),
        required=False,
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Members of these organisations"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = EventInvitation
        fields = ["event", "message", "to_subscribers", "working_group", "organisations"]

    def clean(self):
        data = super().clean()
        if not (
            data.get("to_subscribers") or data.get("working_group") or data.get("organisations")
        ):
            raise forms.ValidationError(_("Choose at least one audience."))
        return data
