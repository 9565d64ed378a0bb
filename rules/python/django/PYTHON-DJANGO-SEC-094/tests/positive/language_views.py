"""Look-alikes of the checked redirects where the check does not cover the target."""

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def set_region(request):
    next_url = request.POST.get("next")
    # An empty target falls back to the referrer, which is not checked either.
    if not next_url:
        next_url = request.META.get("HTTP_REFERER")
    # ruleid: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(next_url)


def back_to_list(request):
    # The query string is encoded, but the base of the URL is the client's.
    filters = urlencode({"page": request.GET.get("page", "1")})
    # ruleid: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(request.GET["back"] + "?" + filters)


def continue_editing(request):
    target = request.POST.get("next")
    # Checks the referrer, then redirects to the unchecked "next".
    if request.META.get("HTTP_REFERER") and not url_has_allowed_host_and_scheme(
        request.META["HTTP_REFERER"], allowed_hosts={request.get_host()}
    ):
        target = "/"
    # ruleid: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(target)
