from django.urls import path

import kb_site.converters  # noqa: F401  (registers <id:...>, a database id)

from . import feeds, media, views

app_name = "forum"

urlpatterns = [
    path("forum/", views.index, name="index"),
    path("forum/unread/", views.unread, name="unread"),
    path("forum/helpdesk/", views.helpdesk, name="helpdesk"),
    path("forum/c/<slug:slug>/", views.category_view, name="category"),
    path("forum/c/<slug:slug>/new/", views.thread_create, name="thread_create"),
    path("forum/c/<slug:slug>/rss/", feeds.CategoryFeed(), name="category_rss"),
    path("forum/c/<slug:slug>/atom/", feeds.CategoryAtomFeed(), name="category_atom"),
    path("forum/tag/<str:slug>/", views.tag_view, name="tag"),
    path("forum/t/<id:pk>/reply/", views.post_reply, name="post_reply"),
    path("forum/t/<id:pk>/moderate/", views.thread_moderate, name="thread_moderate"),
    path("forum/t/<id:pk>/rss/", feeds.ThreadFeed(), name="thread_rss"),
    path("forum/t/<id:pk>/atom/", feeds.ThreadAtomFeed(), name="thread_atom"),
    path("forum/t/<id:pk>/<str:slug>/", views.thread_view, name="thread"),
    path("forum/t/<id:pk>/", views.thread_view, name="thread_short"),
    path("forum/p/<id:pk>/", views.post_permalink, name="post"),
    path("forum/images/<uuid:key>/", media.post_image, name="image"),
    path("forum/p/<id:pk>/edit/", views.post_edit, name="post_edit"),
    path("forum/p/<id:pk>/delete/", views.post_delete, name="post_delete"),
    path("forum/p/<id:pk>/history/", views.post_history, name="post_history"),
    path("forum/p/<id:pk>/flag/", views.post_flag, name="post_flag"),
    path("forum/p/<id:pk>/react/", views.post_react, name="post_react"),
    path("forum/p/<id:pk>/accept/", views.post_accept, name="post_accept"),
    path("forum/p/<id:pk>/moderate/", views.post_moderate, name="post_moderate"),
    path("forum/subscribe/", views.subscribe, name="subscribe"),
    path("forum/discuss/<str:kind>/<id:pk>/", views.discuss, name="discuss"),
    path("forum/moderation/", views.moderation_queue, name="moderation_queue"),
    path("forum/moderation/log/", views.moderation_log, name="moderation_log"),
    path("forum/moderation/suspend/<id:user_id>/", views.user_suspend, name="user_suspend"),
    path("forum/preferences/", views.preferences, name="preferences"),
    path("forum/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
