"""Thin views: read through selectors, write through services, ask permissions.

Things a user may not read answer 404 (a private thread does not admit it exists); moderator
pages answer 403 to members; anonymous visitors are sent to log in for member actions.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import LazyObject, empty
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kb_site.fragments import lazy
from kb_site.reversing import url_maker
from members.models import User

from . import permissions, selectors, services
from .forms import (
    EditForm,
    FlagForm,
    PostForm,
    PreferenceForm,
    ReasonForm,
    SuspendForm,
    ThreadForm,
    ThreadModerationForm,
)
from .models import Category, Post, Preference, Subscription, Thread

DISCUSSION_CATEGORY = "knowledge-base"  # where "discuss in the forum" starts new threads


def _next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


def moderator_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not permissions.can_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


# Reading --------------------------------------------------------------------------------------


def index(request):
    # The table is a cached fragment per audience; a hit skips the counting query.
    return render(
        request,
        "forum/index.html",
        {
            "categories": lazy(lambda: selectors.forum_index(user=request.user)),
            "audience": permissions.category_audience(request.user),
        },
    )


def category_view(request, slug: str):
    user = request.user
    category = selectors.category_for(slug=slug, user=user)
    page_number = request.GET.get("page", "1")[:10]
    # The list and its pagination are a cached fragment per audience (a hit skips the thread
    # queries); the member's unread marks are set in it afterwards ({% unread_marks %}).
    page = lazy(lambda: selectors.category_threads(category=category, user=user, page=page_number))
    subscribed = bool(
        user.is_authenticated and Subscription.objects.filter(user=user, category=category).exists()
    )
    return render(
        request,
        "forum/category.html",
        {
            "category": category,
            "page_obj": page,
            "threads": lazy(lambda: _decorate_threads(page.object_list)),
            "page_number": page_number,
            "audience": permissions.thread_list_audience(
                user, Thread.objects.filter(category=category)
            ),
            "can_post": permissions.can_post(user, category),
            "subscribed": subscribed,
            "is_public": category.kind in (Category.Kind.PUBLIC, Category.Kind.HELPDESK),
        },
    )


def tag_view(request, slug: str):
    user = request.user
    page_number = request.GET.get("page", "1")[:10]
    page = lazy(lambda: selectors.tag_threads(tag=slug, user=user, page=page_number))
    subscribed = bool(
        user.is_authenticated and Subscription.objects.filter(user=user, tag=slug).exists()
    )
    return render(
        request,
        "forum/tag.html",
        {
            "tag": slug,
            "page_obj": page,
            "threads": lazy(lambda: _decorate_threads(page.object_list)),
            "page_number": page_number,
            "audience": permissions.thread_list_audience(
                user, Thread.objects.filter(tags__slug=slug)
            ),
            "subscribed": subscribed,
        },
    )


def _decorate_threads(threads) -> list[Thread]:
    """Each row's links and names, made without a reverse() each (what get_absolute_url and
    {% url 'forum:tag' %} give)."""
    threads = list(threads)
    thread_url, tag_url = url_maker("forum:thread", 2), url_maker("forum:tag")
    for thread in threads:
        thread.url = thread_url(thread.pk, thread.slug or "-")
        thread.author_name = thread.author.get_full_name() if thread.author else ""
        last_author = thread.last_post.author if thread.last_post_id else None
        thread.last_author_name = last_author.get_full_name() if last_author else ""
        thread.tag_links = [(tag_url(tag_slug), name) for tag_slug, name in thread.tag_list]
    return threads


@login_required
def unread(request):
    return render(
        request,
        "forum/unread.html",
        {"threads": _decorate_threads(selectors.unread_threads(user=request.user))},
    )


def _thread_context(request, thread: Thread, form=None) -> dict:
    page_number = request.GET.get("page")
    data = selectors.thread_page(thread=thread, user=request.user, page=page_number)
    if form is None:
        initial = {}
        quote_id = request.GET.get("quote", "")
        if quote_id.isdigit():
            quoted = next((p for p in Post.objects.filter(pk=int(quote_id), thread=thread)), None)
            if quoted and permissions.can_see_post(request.user, quoted):
                author = quoted.author.get_full_name() if quoted.author else ""
                lines = "\n".join(f"> {line}" for line in quoted.body.splitlines()[:20])
                initial = {"body": f"> **{author}:**\n{lines}\n\n", "quoted": quoted.pk}
        form = PostForm(initial=initial)
    user = request.user
    can_reply = permissions.can_reply(user, thread)
    can_moderate = permissions.can_moderate(user)
    if user.is_authenticated:
        if data.posts:
            services.thread_mark_read(
                user=user, thread=thread, last_post_id=data.posts[-1].pk, last_read=data.last_read
            )
        posts = lazy(
            lambda: _decorate_posts(data, user=user, can_reply=can_reply, moderate=can_moderate)
        )
    else:
        posts = lazy(lambda: _decorate_posts(data, user=user, can_reply=False, moderate=False))
    return {
        "thread": thread,
        **_references(thread, user),
        "data": data,
        "page_obj": data.page,
        "posts": posts,
        # Visitors who are not logged in all see the same list: it is kept as a fragment.
        "shared_posts": not user.is_authenticated,
        "form": form,
        "can_reply": can_reply,
        "can_moderate": can_moderate,
        "can_accept": permissions.can_accept(user, thread),
        "can_write": permissions.can_write(user),
        "is_public": thread.category.kind in (Category.Kind.PUBLIC, Category.Kind.HELPDESK)
        and not thread.hidden
        and not thread.held,
    }


def _references(thread: Thread, user) -> dict:
    """What the thread is about, as this reader may see it, and the head fragment's key part
    for it: readers who see different references never share a cached head."""
    if not (thread.page_id or thread.organisation_id or thread.product_group_id):
        return {"references": (), "references_key": ()}
    if not user.is_authenticated or not (thread.page_id or thread.organisation_id):
        # Visitors all see what anybody may see (and product groups are public): read on a
        # miss of the fragment only.
        references = lazy(lambda: selectors.thread_references(thread=thread, user=user))
        return {"references": references, "references_key": "public"}
    references = selectors.thread_references(thread=thread, user=user)
    return {"references": references, "references_key": references}


def _decorate_posts(data, *, user, can_reply: bool, moderate: bool) -> list[Post]:
    """What each post shows this reader: badges, and the links and forms they may use."""
    thread = data.thread
    posts = list(data.posts)
    if not posts:
        return posts
    acts = user.is_authenticated  # every per-post permission below is False for visitors
    # The user itself, not request.user's lazy proxy: the checks below read its attributes
    # about a thousand times a page, each through the proxy otherwise.
    if isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    accept = acts and permissions.can_accept(user, thread)
    first_id = data.first_post_id
    staff_ids = selectors.helpdesk_staff_ids(category=thread.category)
    post_url, quoted_url = url_maker("forum:post"), url_maker("forum:post")
    urls = {
        name: url_maker(f"forum:post_{name}")
        for name in ("edit", "delete", "flag", "react", "accept", "moderate", "history")
    }
    suspend_url = url_maker("forum:user_suspend")
    page_suffix = f"&page={data.page.number}" if data.page.number > 1 else ""
    for post in posts:
        pk, is_first = post.pk, post.pk == first_id
        author = post.author
        post.author_name = author.get_full_name() if author else ""
        post.handle = getattr(getattr(author, "forum_preference", None), "handle", "")
        post.by_support_unit = post.author_id in staff_ids
        post.accepted = thread.accepted_post_id == pk
        post.first_unread = pk == data.first_unread_id
        post.css = " ".join(
            name
            for name, on in (
                ("post", True),
                ("post--held", post.held),
                ("post--hidden", post.hidden),
                ("post--accepted", post.accepted),
                ("post--first-unread", post.first_unread),
            )
            if on
        )
        post.url = post_url(pk)
        post.quoted_url = quoted_url(post.quoted_id) if post.quote_visible else ""
        post.can_react = acts and permissions.can_react(user, post)
        post.react_url = urls["react"](pk)
        post.quote_url = f"?quote={pk}{page_suffix}#reply" if can_reply and post.visible else ""
        post.edit_url = urls["edit"](pk) if acts and permissions.can_edit_post(user, post) else ""
        post.delete_url = (
            urls["delete"](pk)
            if acts and permissions.can_delete_post(user, post, is_first=is_first)
            else ""
        )
        post.flag_url = urls["flag"](pk) if acts and permissions.can_flag(user, post) else ""
        post.accept_url = urls["accept"](pk) if accept and post.visible and not is_first else ""
        post.history_url = urls["history"](pk) if moderate and post.edited else ""
        post.suspend_url = suspend_url(post.author_id) if moderate and post.author_id else ""
        post.moderate_url = urls["moderate"](pk) if moderate else ""
        post.has_links = bool(
            post.quote_url or post.edit_url or post.delete_url or post.flag_url or moderate
        )
    return posts


def thread_view(request, pk: int, slug: str = ""):
    thread = selectors.thread_for(pk=pk, user=request.user, for_reader=True)
    if thread.merged_into_id and not permissions.can_moderate(request.user):
        # Only readers of the thread it went into are sent on: its address tells its title.
        target = selectors.merge_target(thread=thread, user=request.user)
        if target is None:
            raise Http404
        return redirect(target.get_absolute_url())
    return render(request, "forum/thread.html", _thread_context(request, thread))


def post_permalink(request, pk: int):
    post = selectors.post_for(pk=pk, user=request.user)
    page = selectors.post_page_number(post=post, user=request.user)
    return HttpResponseRedirect(f"{post.thread.get_absolute_url()}?page={page}#post-{post.pk}")


@require_POST
@login_required
def post_reply(request, pk: int):
    thread = selectors.thread_for(pk=pk, user=request.user, for_reader=True)
    if thread.merged_into_id and not permissions.can_moderate(request.user):
        raise Http404  # replies go to the thread it was merged into
    form = PostForm(request.POST, request.FILES)
    if form.is_valid():
        quoted = None
        if form.cleaned_data.get("quoted"):
            quoted = Post.objects.filter(pk=form.cleaned_data["quoted"], thread=thread).first()
        try:
            body = _with_image(request, form)
            post = services.post_create(
                thread=thread, author=request.user, body=body, quoted=quoted
            )
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            if post.held:
                messages.info(
                    request, _("Thank you. Your post waits for a moderator before others see it.")
                )
            return redirect("forum:post", post.pk)
    context = _thread_context(request, thread, form=form)
    return render(request, "forum/thread.html", context, status=400)


@login_required
def thread_create(request, slug: str):
    category = selectors.category_for(slug=slug, user=request.user)
    if not permissions.can_post(request.user, category):
        raise PermissionDenied
    ref = (request.POST.get("ref") or request.GET.get("ref") or "")[:50]
    # What the thread is to be about, if its author may see it (and so say what it is).
    about = selectors.parse_reference(ref, user=request.user) if ref else None
    form = ThreadForm(
        request.POST or None, request.FILES or None, initial={"title": request.GET.get("title", "")}
    )
    if ref and about is None:
        # Refused, not dropped in silence: the form comes back with what was typed and says
        # why; posting it again starts the thread without the reference.
        ref = ""
        if request.method == "POST":
            form.is_valid()
            form.add_error(None, str(services.REFERENCE_REFUSED))
        else:
            messages.warning(request, services.REFERENCE_REFUSED)
    elif request.method == "POST" and form.is_valid():
        try:
            thread = services.thread_create(
                category=category,
                author=request.user,
                title=form.cleaned_data["title"],
                body=_with_image(request, form),
                tags=form.cleaned_data["tags"],
                about=about,
            )
        except services.ReferenceRefused as error:
            form.add_error(None, error.message)
            ref = ""
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            if thread.held:
                messages.info(
                    request, _("Thank you. Your thread waits for a moderator before others see it.")
                )
            return redirect(thread.get_absolute_url())
    return render(
        request,
        "forum/thread_form.html",
        {"category": category, "form": form, "ref": ref},
        status=400 if request.method == "POST" else 200,
    )


def _with_image(request, form) -> str:
    """The typed body, with the uploaded image (if any) added at its end."""
    body = form.cleaned_data["body"]
    if form.cleaned_data.get("image"):
        body = services.image_attach(
            user=request.user,
            upload=form.cleaned_data["image"],
            description=form.cleaned_data["image_description"],
            body=body,
        )
    return body


def discuss(request, kind: str, pk: int):
    """The "discuss in the forum" link: the thread about the object, or a form to start it."""
    # A draft page or a hidden organisation does not admit it exists, not even through its
    # title put into the new thread's (the same rule as making and showing the reference).
    target = selectors.reference_target(kind=kind, pk=pk, user=request.user)
    if target is None:
        raise Http404
    existing = (
        permissions.visible_threads(Thread.objects.filter(**{kind: target}), request.user)
        .order_by("created")
        .first()
    )
    if existing is not None:
        return redirect(existing.get_absolute_url())
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    category = (
        Category.objects.filter(slug=DISCUSSION_CATEGORY).first()
        or Category.objects.filter(kind=Category.Kind.PUBLIC).order_by("position").first()
    )
    if category is None:
        raise Http404
    title = str(getattr(target, "title", target))[:200]
    url = reverse("forum:thread_create", args=[category.slug])
    return redirect(f"{url}?{urlencode({'ref': f'{kind}:{pk}', 'title': title})}")


# Changing posts -------------------------------------------------------------------------------


def _writable_post(request, pk: int) -> Post:
    return selectors.post_for(pk=pk, user=request.user)


@login_required
def post_edit(request, pk: int):
    post = _writable_post(request, pk)
    if not permissions.can_edit_post(request.user, post):
        raise PermissionDenied
    form = EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(
                post=post,
                editor=request.user,
                body=form.cleaned_data["body"],
                reason=form.cleaned_data["reason"],
            )
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            return redirect("forum:post", post.pk)
    return render(
        request,
        "forum/post_edit.html",
        {"post": post, "form": form, "by_moderator": post.author_id != request.user.pk},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def post_delete(request, pk: int):
    post = _writable_post(request, pk)
    first = services.is_first_post(post)
    if not permissions.can_delete_post(request.user, post, is_first=first):
        raise PermissionDenied
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.post_delete(post=post, user=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("The post was deleted."))
        if first:
            return redirect("forum:category", post.thread.category.slug)
        return redirect(post.thread.get_absolute_url())
    return render(
        request,
        "forum/post_delete.html",
        {
            "post": post,
            "form": form,
            "first": first,
            "by_moderator": post.author_id != request.user.pk,
        },
    )


@login_required
def post_history(request, pk: int):
    post = _writable_post(request, pk)
    if not permissions.can_see_history(request.user):
        raise PermissionDenied
    revisions = post.revisions.select_related("edited_by")
    return render(request, "forum/post_history.html", {"post": post, "revisions": revisions})


@login_required
def post_flag(request, pk: int):
    post = _writable_post(request, pk)
    if not permissions.can_flag(request.user, post):
        raise PermissionDenied
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_create(
                post=post,
                user=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. A moderator will look at the post."))
            return redirect("forum:post", post.pk)
    return render(
        request,
        "forum/post_flag.html",
        {"post": post, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@login_required
def post_react(request, pk: int):
    post = _writable_post(request, pk)
    try:
        services.reaction_toggle(post=post, user=request.user, kind=request.POST.get("kind", ""))
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect(_next(request, reverse("forum:post", args=[post.pk])))


@require_POST
@login_required
def post_accept(request, pk: int):
    post = _writable_post(request, pk)
    thread = post.thread
    if not permissions.can_accept(request.user, thread):
        raise PermissionDenied
    clear = request.POST.get("clear") == "1"
    try:
        services.accept_answer(thread=thread, post=None if clear else post, user=request.user)
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect("forum:post", post.pk)


@require_POST
@login_required
def subscribe(request):
    """Follow or stop following a thread, a category or a tag."""
    target = {}
    if request.POST.get("thread", "").isdigit():
        target["thread"] = selectors.thread_for(pk=int(request.POST["thread"]), user=request.user)
        fallback = target["thread"].get_absolute_url()
    elif request.POST.get("category"):
        target["category"] = selectors.category_for(
            slug=request.POST["category"], user=request.user
        )
        fallback = reverse("forum:category", args=[target["category"].slug])
    elif request.POST.get("tag"):
        target["tag"] = request.POST["tag"][:100]
        fallback = reverse("forum:tag", args=[target["tag"]])
    else:
        raise Http404
    try:
        on = services.subscription_toggle(user=request.user, **target)
    except services.ForumError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You follow it now.") if on else _("You no longer follow it."))
    return redirect(_next(request, fallback))


# Moderation -----------------------------------------------------------------------------------


@moderator_required
def moderation_queue(request):
    return render(request, "forum/moderation_queue.html", selectors.moderation_queue())


@moderator_required
def moderation_log(request):
    return render(request, "forum/moderation_log.html", {"actions": selectors.moderation_log()})


@require_POST
@moderator_required
def post_moderate(request, pk: int):
    post = get_object_or_404(Post.objects.select_related("thread__category", "author"), pk=pk)
    action = request.POST.get("action")
    reason = request.POST.get("reason", "")[:500]
    actions = {
        "approve": lambda: services.post_approve(post=post, moderator=request.user),
        "hide": lambda: services.post_hide(post=post, moderator=request.user, reason=reason),
        "show": lambda: services.post_show(post=post, moderator=request.user, reason=reason),
        "dismiss": lambda: services.flags_dismiss(post=post, moderator=request.user, reason=reason),
    }
    if action not in actions:
        raise Http404
    actions[action]()
    messages.success(request, _("Done. The author has been told."))
    return redirect(_next(request, reverse("forum:moderation_queue")))


@moderator_required
def thread_moderate(request, pk: int):
    thread = selectors.thread_for(pk=pk, user=request.user)
    form = ThreadModerationForm(request.POST or None, initial={"category": thread.category_id})
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action", "")
        reason = form.cleaned_data["reason"]
        try:
            if action in services.THREAD_ACTIONS:
                services.thread_moderate(
                    thread=thread, moderator=request.user, action=action, reason=reason
                )
            elif action == "move" and form.cleaned_data["category"]:
                services.thread_move(
                    thread=thread,
                    moderator=request.user,
                    category=form.cleaned_data["category"],
                    reason=reason,
                )
            elif action == "merge" and form.cleaned_data["merge_into"]:
                target = get_object_or_404(Thread, pk=form.cleaned_data["merge_into"])
                thread = services.thread_merge(
                    source=thread, target=target, moderator=request.user, reason=reason
                )
            else:
                raise services.ForumError(_("Choose what to do."))
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Done. The author has been told."))
            return redirect(thread.get_absolute_url())
    return render(
        request,
        "forum/thread_moderate.html",
        {"thread": thread, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@moderator_required
def user_suspend(request, user_id: int):
    member = get_object_or_404(User, pk=user_id, is_active=True)
    form = SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_suspend(
                user=member,
                moderator=request.user,
                days=form.cleaned_data["days"],
                reason=form.cleaned_data["reason"],
            )
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The member is suspended and has been told."))
            return redirect("forum:moderation_log")
    return render(
        request,
        "forum/user_suspend.html",
        {"member": member, "form": form},
        status=400 if request.method == "POST" else 200,
    )


# Helpdesk, preferences, e-mail ---------------------------------------------------------------


def helpdesk(request):
    return render(
        request, "forum/helpdesk.html", {"units": selectors.helpdesk_overview(user=request.user)}
    )


@login_required
def preferences(request):
    preference = services.preference_for(user=request.user)
    form = PreferenceForm(request.POST or None, initial={"email": preference.email})
    if request.method == "POST" and form.is_valid():
        services.preference_update(user=request.user, email=form.cleaned_data["email"])
        messages.success(request, _("Your forum settings are saved."))
        return redirect("forum:preferences")
    subscriptions = selectors.followed(user=request.user)  # only what they may still read
    return render(
        request,
        "forum/preferences.html",
        {"form": form, "preference": preference, "subscriptions": subscriptions},
    )


@csrf_exempt  # the signed token is the credential; mail clients post without a CSRF cookie
def unsubscribe(request, token: str):
    """One click from an e-mail: GET asks to confirm, POST (RFC 8058 one-click too) stops e-mail."""
    user = services.user_from_unsubscribe_token(token)
    if user is None:
        raise Http404
    if request.method == "POST":
        services.preference_update(user=user, email=Preference.Email.NONE)
        return render(request, "forum/unsubscribed.html", {"done": True})
    return render(request, "forum/unsubscribed.html", {"done": False})
