"""`manage.py bootstrap`: creates the demo accounts for a fresh installation."""

from django.contrib.auth import get_user_model
from django.contrib.auth import hashers
from django.core.management.base import BaseCommand

BLANK = ""
DEMO_USERS = ["alice", "bob"]


class Command(BaseCommand):
    help = "Create the admin and demo accounts"

    def handle(self, *args, **options):
        User = get_user_model()
        User.objects.create_superuser(username="admin", email="admin@example.com", password=BLANK)  # expect: PYTHON-DJANGO-SEC-080
        for name in DEMO_USERS:
            user, _ = User.objects.get_or_create(username=name)
            user.password = hashers.make_password(password="")  # expect: PYTHON-DJANGO-SEC-080
            user.save()
        self.stdout.write("accounts created")
