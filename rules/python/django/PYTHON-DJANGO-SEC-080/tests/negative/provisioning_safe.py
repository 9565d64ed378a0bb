"""Account provisioning that never stores an empty password."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User


def import_customer(row):
    user = User(username=row["email"], email=row["email"])
    user.set_unusable_password()  # ok: PYTHON-DJANGO-SEC-080
    user.save()
    return user


def disable_login(user):
    # None also produces an unusable password.
    user.set_password(None)  # ok: PYTHON-DJANGO-SEC-080
    user.save(update_fields=["password"])


def change_password(user, form):
    user.set_password(form.cleaned_data["new_password1"])  # ok: PYTHON-DJANGO-SEC-080
    user.save()


def create_kiosk_account(name):
    return get_user_model().objects.create_user(name, f"{name}@kiosk.local", secrets.token_urlsafe(32))  # ok: PYTHON-DJANGO-SEC-080


def create_service_account(name):
    # No password argument: Django stores an unusable password.
    return User.objects.create_user(name, email=f"{name}@svc.local")  # ok: PYTHON-DJANGO-SEC-080


def create_admin(username, email, password):
    return User.objects.create_superuser(username, email, password=password)  # ok: PYTHON-DJANGO-SEC-080


def hashed_placeholder():
    return make_password(None)  # ok: PYTHON-DJANGO-SEC-080


def issue_temporary_password(user):
    temporary = secrets.token_urlsafe(24)
    user.set_password(temporary)  # ok: PYTHON-DJANGO-SEC-080
    user.save(update_fields=["password"])
    return temporary


def bootstrap_admin(User):
    return User.objects.create_superuser(username="admin", email="admin@example.com", password=None)  # ok: PYTHON-DJANGO-SEC-080
