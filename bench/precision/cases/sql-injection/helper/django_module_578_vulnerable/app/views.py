from django.db import connection
from django.http import JsonResponse

from .util import Query


def search(request):
    q = Query(request)
    with connection.cursor() as cur:
        cur.execute("SELECT name FROM item WHERE name LIKE '%%%s%%'" % q.term())
        return JsonResponse({"rows": cur.fetchall()})
