import os

from django.db import connection
from django.http import HttpResponse

BASE = "/srv/posts"


def show(request, name):
    os.system("git -C /srv/repos log " + name)
    return HttpResponse("ok")
