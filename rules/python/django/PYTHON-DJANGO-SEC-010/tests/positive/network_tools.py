"""Network diagnostics page of an internal admin panel."""

import os
from os import popen as run_pipe

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, JsonResponse


@staff_member_required
def ping(request):
    os.system("ping -c 1 " + request.GET["host"])  # expect: PYTHON-DJANGO-SEC-010
    return HttpResponse("sent")


@staff_member_required
def traceroute(request):
    host = request.GET.get("host", "localhost")
    output = os.popen(f"traceroute -m 10 {host}").read()  # expect: PYTHON-DJANGO-SEC-010
    return HttpResponse(output, content_type="text/plain")


@staff_member_required
def dns_lookup(request):
    name = request.POST.get("name")
    record = request.POST.get("type")
    if record:
        command = "dig +short %s %s" % (record, name)
    else:
        command = "dig +short {}".format(name)
    return HttpResponse(run_pipe(command).read(), content_type="text/plain")  # expect: PYTHON-DJANGO-SEC-010


@staff_member_required
def flush_hosts(request):
    results = {}
    for host in request.POST.getlist("hosts"):
        results[host] = os.system("ssh " + host + " 'sudo systemd-resolve --flush-caches'")  # expect: PYTHON-DJANGO-SEC-010
    return JsonResponse(results)
