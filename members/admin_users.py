"""The Wagtail admin's user forms, with the fields our user model adds."""

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

OWN_FIELDS = ("display_name", "preferred_language")


class MemberCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(OWN_FIELDS)


class MemberEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(OWN_FIELDS)


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return MemberEditForm if for_update else MemberCreationForm
