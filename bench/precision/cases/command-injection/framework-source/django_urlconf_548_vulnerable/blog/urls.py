from django.urls import path

from . import views

urlpatterns = [
    path("posts/<slug:name>/", views.show, name="show"),
]
