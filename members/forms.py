from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User
from .services import user_update_profile


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
