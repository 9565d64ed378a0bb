from django.urls import path

from . import views

urlpatterns = [
    path("posts/<str:name>/", views.show, name="show"),
]
