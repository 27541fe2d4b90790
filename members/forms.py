from django import forms
from django.utils.translation import gettext_lazy as _

from kb_site.filters import FilterForm
from kb_site.forms import IdChoiceField, IdMultipleChoiceField
from kb_site.taxonomy import COUNTRIES, Criterion, ProductGroup

from .models import (
    Evidence,
    MarketResearch,
    MemberProfile,
    Membership,
    Organisation,
    SupplierOffer,
    User,
)
from .services import ORGANISATION_EDITABLE_FIELDS, user_update_profile
from .validators import ImageUploadField, document_max_mb, validate_document


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth adds e-mail and password."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        required=False,
        help_text=_("How other members will see you, e.g. “Anna Bērziņa, Riga”."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request, user: User) -> None:
        user_update_profile(
            user=user,
            display_name=self.cleaned_data.get("display_name", ""),
            preferred_language=user.preferred_language,
        )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "first_name", "last_name", "preferred_language"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }


class MemberProfileForm(forms.ModelForm):
    """What a member shows about themselves; nothing is shown unless they tick the box."""

    class Meta:
        model = MemberProfile
        fields = ["is_public", "country", "expertise", "bio", "avatar"]
        field_classes = {"avatar": ImageUploadField, "expertise": IdMultipleChoiceField}
        widgets = {
            "expertise": forms.CheckboxSelectMultiple,
            "bio": forms.Textarea(attrs={"rows": 4}),
            "avatar": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        }
        error_messages = {
            "avatar": {"invalid_image": _("This file is not a PNG, JPEG or WebP image.")},
        }


class DirectoryFilterForm(FilterForm):
    """The directory's filters: plain GET fields, so they work as links without JavaScript."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    working_group = forms.ChoiceField(label=_("Working group"), required=False)

    def __init__(self, *args, working_groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + list(Organisation.Kind.choices)
        self.fields["country"].choices = everything + list(COUNTRIES)
        self.fields["working_group"].choices = everything + [
            (group.slug, group.name) for group in working_groups
        ]


class OrganisationForm(forms.ModelForm):
    """What an organisation admin edits on the site; the description in both languages."""

    class Meta:
        model = Organisation
        fields = list(ORGANISATION_EDITABLE_FIELDS)
        field_classes = {"logo": ImageUploadField}
        widgets = {
            "address": forms.Textarea(attrs={"rows": 3}),
            # `lang`: spell-checkers and screen readers use the language the text is written in.
            "description_en": forms.Textarea(attrs={"rows": 8, "lang": "en"}),
            "description_lv": forms.Textarea(attrs={"rows": 8, "lang": "lv"}),
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        }
        error_messages = {
            "logo": {"invalid_image": _("This file is not a PNG, JPEG or WebP image.")},
        }


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's e-mail address"))
    role = forms.ChoiceField(
        label=_("Role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER
    )


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the organisation's admins"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say who you are and what you do there, so they recognise you."),
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class CatalogueFilterForm(FilterForm):
    product_group = forms.ChoiceField(label=_("Product group"), required=False)
    country = forms.ChoiceField(label=_("Country served"), required=False)
    level = forms.ChoiceField(
        label=_("Criteria level"),
        required=False,
        choices=[("", _("Any")), *Criterion.Level.choices],
    )
    evidence = forms.ChoiceField(
        label=_("Evidence"), required=False, choices=[("", _("Any")), *Evidence.Kind.choices]
    )
    verified = forms.BooleanField(label=_("Verified offers only"), required=False)

    def __init__(self, *args, product_groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product_group"].choices = [("", _("All"))] + [
            (group.slug, group.label) for group in product_groups
        ]
        self.fields["country"].choices = [("", _("All")), *COUNTRIES]


class OfferForm(forms.ModelForm):
    """A supplier's offer: title and description in English, and in Latvian if it has them."""

    class Meta:
        model = SupplierOffer
        fields = [
            "title_en", "title_lv", "product_group", "description_en", "description_lv",
            "country", "regions", "criteria", "valid_until",
        ]  # fmt: skip
        field_classes = {"product_group": IdChoiceField, "criteria": IdMultipleChoiceField}
        widgets = {
            "title_en": forms.TextInput(attrs={"lang": "en"}),
            "title_lv": forms.TextInput(attrs={"lang": "lv"}),
            "description_en": forms.Textarea(attrs={"rows": 5, "lang": "en"}),
            "description_lv": forms.Textarea(attrs={"rows": 5, "lang": "lv"}),
            "criteria": forms.CheckboxSelectMultiple,
            "valid_until": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["criteria"].queryset = Criterion.objects.select_related(
            "product_group"
        ).order_by("product_group__sort_order", "level", "sort_order")
        self.fields["criteria"].label_from_instance = lambda criterion: (
            f"{criterion.product_group.label} · {criterion.code} "
            f"({criterion.get_level_display()}): {criterion.text[:90]}"
        )


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = Evidence
        fields = ["kind", "name", "valid_until", "document"]
        widgets = {
            "valid_until": forms.DateInput(attrs={"type": "date"}),
            "document": forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
        }


class MeetingRequestForm(forms.Form):
    topic = forms.CharField(label=_("Topic"), max_length=200)
    product_group = IdChoiceField(label=_("Product group"), queryset=ProductGroup.objects.all())
    message = forms.CharField(
        label=_("Message to the supplier"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    time_1 = forms.DateTimeField(
        label=_("Proposed time"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    time_2 = forms.DateTimeField(
        label=_("Another possible time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    time_3 = forms.DateTimeField(
        label=_("A third possible time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    def proposed_times(self):
        return [
            self.cleaned_data[f"time_{n}"] for n in (1, 2, 3) if self.cleaned_data.get(f"time_{n}")
        ]


class MeetingAnswerForm(forms.Form):
    """One form for every answer; `action` says which (accept, counter, decline)."""

    action = forms.ChoiceField(
        choices=[("accept", "accept"), ("counter", "counter"), ("decline", "decline")],
        widget=forms.HiddenInput,
    )
    time = forms.DateTimeField(
        label=_("Time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    place = forms.CharField(label=_("Place or video link"), required=False, max_length=300)
    answer = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("action") in ("accept", "counter") and not data.get("time"):
            self.add_error("time", _("Choose a time."))
        return data


class MarketResearchForm(forms.ModelForm):
    class Meta:
        model = MarketResearch
        fields = [
            "product_group", "country", "region", "carried_out_on", "method", "supplier_count",
            "findings", "document",
        ]  # fmt: skip
        field_classes = {"product_group": IdChoiceField}
        widgets = {
            "carried_out_on": forms.DateInput(attrs={"type": "date"}),
            "findings": forms.Textarea(attrs={"rows": 6}),
            "document": forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
        }


class WorkingGroupDocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(label=_("File"), validators=[validate_document])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG; at most %(limit)s MB."
        ) % {"limit": document_max_mb()}
