from django.db import connection
from django.http import JsonResponse

from .util import Query


def search(request):
    q = Query(request)
    with connection.cursor() as cur:
        cur.execute("SELECT name FROM item LIMIT %d" % q.limit())
        return JsonResponse({"rows": cur.fetchall()})
