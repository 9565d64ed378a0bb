from django.urls import path

from . import views

urlpatterns = [
    path("posts/<path:name>/", views.show, name="show"),
]
