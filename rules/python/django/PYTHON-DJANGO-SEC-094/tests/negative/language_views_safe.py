"""Redirects whose target is checked, replaced when the check fails, or only carries a query string."""

from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def set_region(request):
    # Django's own set_language shape: an unchecked target is replaced by the referrer, and that by "/".
    next_url = request.POST.get("next", request.GET.get("next"))
    if (next_url or request.accepts("text/html")) and not url_has_allowed_host_and_scheme(
        url=next_url,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    ):
        next_url = request.META.get("HTTP_REFERER")
        if not url_has_allowed_host_and_scheme(
            url=next_url,
            allowed_hosts={request.get_host()},
            require_https=request.is_secure(),
        ):
            next_url = "/"
    # ok: PYTHON-DJANGO-SEC-094
    response = HttpResponseRedirect(next_url) if next_url else HttpResponse(status=204)
    return response


def back_to_list(request):
    # The list URL comes from reverse(); the client's filters only fill its query string.
    filters = urlencode({"_changelist_filters": request.GET.urlencode()})
    # ok: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(reverse("orders:list") + "?" + filters)


def continue_editing(request, order_id):
    target = request.POST.get("next")
    if target is None:
        target = reverse("orders:edit", args=(order_id,))
    elif not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(target)
