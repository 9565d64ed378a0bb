from django.urls import path

from . import views

urlpatterns = [
    path("posts/<int:name>/", views.show, name="show"),
]
