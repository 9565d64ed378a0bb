"""Views that fetch remote documents with the standard library's urllib."""

import json
import urllib.request
from urllib.request import Request, urlopen, urlretrieve

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET, require_POST


@require_GET
def fetch_document(request):
    with urlopen(request.GET["url"], timeout=5) as response:  # expect: PYTHON-DJANGO-SEC-031
        return HttpResponse(response.read(), content_type="text/plain")


@require_GET
def fetch_json(request):
    endpoint = request.GET.get("endpoint")
    req = Request(endpoint, headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as response:  # expect: PYTHON-DJANGO-SEC-031
        return JsonResponse(json.load(response))


@require_POST
def mirror_file(request):
    source = request.POST.get("source")
    if source.startswith("ftp"):
        url = source
    else:
        url = "https://%s/files/latest.tar.gz" % source
    path, _ = urlretrieve(url, "/tmp/mirror.tar.gz")  # expect: PYTHON-DJANGO-SEC-031
    return JsonResponse({"saved": path})


@require_POST
def ping_all(request):
    results = {}
    for site in request.POST.getlist("sites"):
        results[site] = urllib.request.urlopen("http://{}/ping".format(site), timeout=2).status  # expect: PYTHON-DJANGO-SEC-031
    return JsonResponse(results)
