"""Integration views: link previews, webhook tests and avatar imports fetch URLs given by the user."""

import requests
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET, require_POST

PREVIEW_TIMEOUT = 5


@require_GET
def link_preview(request):
    response = requests.get(request.GET["url"], timeout=PREVIEW_TIMEOUT)  # expect: PYTHON-DJANGO-SEC-030
    return JsonResponse({"status": response.status_code, "title": response.text[:200]})


@require_POST
def test_webhook(request):
    target = request.POST.get("webhook_url")
    payload = {"event": "ping"}
    response = requests.post(url=target, json=payload, timeout=5)  # expect: PYTHON-DJANGO-SEC-030
    return JsonResponse({"delivered": response.ok})


@require_POST
def import_avatar(request):
    host = request.POST.get("host", "gravatar.com")
    user = request.POST.get("user")
    if request.POST.get("secure"):
        url = f"https://{host}/avatar/{user}"
    else:
        url = "http://%s/avatar/%s" % (host, user)
    image = requests.get(url, timeout=10)  # expect: PYTHON-DJANGO-SEC-030
    return HttpResponse(image.content, content_type="image/png")


@require_POST
def check_mirrors(request):
    results = {}
    for mirror in request.POST.getlist("mirrors"):
        results[mirror] = requests.head(mirror + "/health", timeout=2).status_code  # expect: PYTHON-DJANGO-SEC-030
    return JsonResponse(results)


@require_POST
def replay(request):
    method = request.POST.get("method", "GET")
    response = requests.request(method, "{}/replay".format(request.POST["endpoint"]))  # expect: PYTHON-DJANGO-SEC-030
    return JsonResponse({"status": response.status_code})
