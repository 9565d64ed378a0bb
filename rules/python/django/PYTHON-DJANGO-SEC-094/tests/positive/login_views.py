"""Login and language views that send the browser to a target from the request."""

from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.views import View


def login_done(request):
    target = request.GET.get("next", "/")
    # ruleid: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(target)


def switch_language(request):
    # ruleid: PYTHON-DJANGO-SEC-094
    return redirect(request.POST["return_to"])


def legacy(request):
    target = request.headers.get("X-Return", "")
    # "//evil.example" has no scheme and is still another host to the browser.
    if target.startswith("http"):
        return HttpResponse("absolute targets refused", status=400)
    response = HttpResponse(status=302)
    # ruleid: PYTHON-DJANGO-SEC-094
    response["Location"] = target
    return response


class LogoutView(View):
    def post(self, request):
        # ruleid: PYTHON-DJANGO-SEC-094
        return HttpResponseRedirect(self.request.POST.get("next", "/"))
