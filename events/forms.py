from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from kb_site.forms import IdChoiceField, IdMultipleChoiceField
from kb_site.taxonomy import COUNTRIES, ProductGroup
from members.models import Organisation, WorkingGroup

from .models import EventInvitation, EventPage, NewsletterIssue, NewsPage
from .time_zones import TimeZoneField


class ZoneForm(forms.Form):
    """The zone a visitor wants times in (events/selectors.py visitor_zone)."""

    tz = TimeZoneField(
        label=_("Show times in"),
        required=False,
        help_text=_("A city or a zone, e.g. Europe/Lisbon. Empty: your browser's zone."),
    )


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
    product_groups = IdMultipleChoiceField(
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
    event = IdChoiceField(
        label=_("Event"),
        queryset=EventPage.objects.live().order_by("-starts_at"),
    )
    working_group = IdChoiceField(
        label=_("Members of the working group"),
        queryset=WorkingGroup.objects.order_by("name"),
        required=False,
    )
    organisations = IdMultipleChoiceField(
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


def case_study_pages():
    """Live case studies, found by content type: events may not import practices."""
    content_type = ContentType.objects.filter(app_label="practices", model="casestudypage").first()
    return Page.objects.live().public().filter(content_type=content_type)


class NewsletterIssueForm(forms.ModelForm):
    """Suggests what is new: the last month's news and case studies, the next two months'
    events; the editor ticks and unticks."""

    news = IdMultipleChoiceField(
        label=_("News"), queryset=NewsPage.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip
    events = IdMultipleChoiceField(
        label=_("Events"), queryset=EventPage.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip
    pages = IdMultipleChoiceField(
        label=_("Case studies"), queryset=Page.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip

    class Meta:
        model = NewsletterIssue
        fields = ["subject", "intro", "news", "events", "pages"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        now = timezone.now()
        month_ago = now - timedelta(days=31)
        news = NewsPage.objects.live().public().filter(date__gte=month_ago.date() - timedelta(60))
        events = EventPage.objects.live().public().filter(ends_at__gte=month_ago)
        pages = case_study_pages().order_by("-first_published_at")[:40]
        self.fields["news"].queryset = news.order_by("-date")
        self.fields["events"].queryset = events.order_by("starts_at")
        self.fields["pages"].queryset = Page.objects.filter(pk__in=[p.pk for p in pages])
        if not self.is_bound:
            self.initial.setdefault("news", list(news.filter(date__gte=month_ago.date())))
            self.initial.setdefault(
                "events",
                list(events.filter(starts_at__gte=now, starts_at__lte=now + timedelta(days=60))),
            )
            self.initial.setdefault(
                "pages", [p for p in pages if p.first_published_at >= month_ago]
            )

    def clean(self):
        data = super().clean()
        if not (data.get("news") or data.get("events") or data.get("pages")):
            raise forms.ValidationError(_("Choose at least one news item, event or case study."))
        return data


class SupplierDayForm(forms.Form):
    """A supplier day gathering meetings of the region; times are the unit's local time."""

    unit = IdChoiceField(label=_("Support unit"), queryset=None, empty_label=None)
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("What buyers and suppliers will discuss"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    start_date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(label=_("Starts"), widget=forms.TimeInput(attrs={"type": "time"}))
    end_time = forms.TimeField(label=_("Ends"), widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Place"), max_length=200)
    meetings = IdMultipleChoiceField(
        label=_("Meetings to gather"), queryset=None, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, units, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["meetings"].queryset = meetings
        self.fields["meetings"].label_from_instance = lambda meeting: (
            f"{meeting.topic} · {meeting.supplier.name} · {meeting.requester.get_short_name()}"
        )

    def clean(self):
        data = super().clean()
        start, end, day = data.get("start_time"), data.get("end_time"), data.get("start_date")
        if start and end and end <= start:
            self.add_error("end_time", _("The supplier day must end after it starts."))
        if day and day < timezone.localdate():
            self.add_error("start_date", _("Choose a day that has not passed."))
        return data

    def event_data(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "summary": data["summary"],
            "start_date": data["start_date"],
            "start_time": data["start_time"],
            "end_date": data["start_date"],
            "end_time": data["end_time"],
            "place": data["place"],
        }
