"""allauth's forms as GPP Commons uses them (ACCOUNT_FORMS).

Apart from members.forms, which allauth's own forms import (ACCOUNT_SIGNUP_FORM_CLASS): this
module imports them.
"""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        # A sign-up with a registered address creates nothing and only mails the owner, so it
        # answered in half the time and told who is registered. A new account's slowest step
        # is hashing its password: the same hashing here, the result thrown away. Both paths
        # mail through the task queue (members.adapters.AccountAdapter.send_mail).
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
