import os

from django.db import connection
from django.http import HttpResponse

BASE = "/srv/posts"


def show(request, name):
    with connection.cursor() as cur:
        cur.execute("SELECT * FROM post WHERE slug = '%s'" % name)
    return HttpResponse("ok")
