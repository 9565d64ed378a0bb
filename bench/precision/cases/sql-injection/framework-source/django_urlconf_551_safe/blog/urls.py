from django.urls import path

from . import views

urlpatterns = [
    path("posts/<uuid:name>/", views.show, name="show"),
]
