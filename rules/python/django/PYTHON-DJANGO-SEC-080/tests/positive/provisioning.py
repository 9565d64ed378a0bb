"""Account provisioning for imported customers."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User

NO_PASSWORD = ""


def import_customer(row):
    user = User(username=row["email"], email=row["email"])
    # Imported accounts get "no password" - but an empty string is a valid password.
    user.set_password("")  # expect: PYTHON-DJANGO-SEC-080
    user.save()
    return user


def reset_to_blank(user):
    user.set_password(NO_PASSWORD)  # expect: PYTHON-DJANGO-SEC-080
    user.save(update_fields=["password"])


def create_kiosk_account(name):
    return get_user_model().objects.create_user(name, f"{name}@kiosk.local", "")  # expect: PYTHON-DJANGO-SEC-080


def create_support_admin():
    return User.objects.create_superuser("support", "support@example.com", password="")  # expect: PYTHON-DJANGO-SEC-080


class LegacyImporter:
    def build(self, row):
        return User(username=row["login"], password=make_password(""))  # expect: PYTHON-DJANGO-SEC-080

    def reset(self, user):
        user.set_password(raw_password=NO_PASSWORD)  # expect: PYTHON-DJANGO-SEC-080
        user.save()
