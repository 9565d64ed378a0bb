"""URLconf that exempts views while routing them."""

from django.urls import path
from django.views.decorators import csrf

from . import views

urlpatterns = [
    path("profile/email/", csrf.csrf_exempt(views.change_email), name="change-email"),  # expect: PYTHON-DJANGO-SEC-071
    path("api/graphql/", csrf.csrf_exempt(views.GraphQLView.as_view()), name="graphql"),  # expect: PYTHON-DJANGO-SEC-071
    path("profile/", views.profile, name="profile"),
]

# The attribute the decorator sets, written by hand.
views.upload_avatar.csrf_exempt = True  # expect: PYTHON-DJANGO-SEC-071
urlpatterns.append(path("profile/avatar/", views.upload_avatar, name="avatar"))
