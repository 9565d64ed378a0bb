from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}

SETTINGS = {"next": "/dashboard"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.GET.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


def case_315(request):
    params = Params(request)
    target = params.get("next")
    return HttpResponseRedirect(target)
