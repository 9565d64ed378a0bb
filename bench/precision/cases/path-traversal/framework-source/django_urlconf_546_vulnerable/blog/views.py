import os

from django.db import connection
from django.http import HttpResponse

BASE = "/srv/posts"


def show(request, name):
    with open(os.path.join(BASE, name)) as fh:
        return HttpResponse(fh.read())
