"""Management helpers that store an empty password on accounts they keep."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User


def clear_password(username):
    user = User.objects.get(username=username)
    # ruleid: PYTHON-DJANGO-SEC-080
    user.set_password("")
    user.save()


def create_guest(username):
    UserModel = get_user_model()
    guest = UserModel(username=username)
    # ruleid: PYTHON-DJANGO-SEC-080
    guest.set_password("")
    guest.save()
    return guest
