import os

from django.db import connection
from django.http import HttpResponse

BASE = "/srv/posts"


def show(request, name):
    os.system("git -C /srv/repos log -n %d" % name)
    return HttpResponse("ok")
