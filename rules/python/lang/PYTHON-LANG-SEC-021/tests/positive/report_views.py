"""Django views of an internal reporting tool."""

import subprocess
from subprocess import check_output as capture

from django.http import HttpResponse, JsonResponse


def git_log(request):
    author = request.GET.get("author", "")
    # author = "x; cat /etc/passwd" runs a second command.
    out = capture("git log --oneline --author=" + author, shell=True, text=True)  # expect: PYTHON-LANG-SEC-021
    return HttpResponse(out, content_type="text/plain")


def resize(request):
    src = request.POST["src"]
    width = request.POST["width"]
    subprocess.run(f"convert {src} -resize {width} /tmp/out.png", shell=True, check=True)  # expect: PYTHON-LANG-SEC-021
    return JsonResponse({"ok": True})


def ping(request):
    host = request.GET["host"]
    code = subprocess.call("ping -c 1 %s" % host, shell=1)  # expect: PYTHON-LANG-SEC-021
    return JsonResponse({"reachable": code == 0})


def archive(request):
    name = request.GET["name"]
    subprocess.check_call(["tar czf /tmp/{0}.tgz /srv/data/{0}".format(name)], shell=True)  # expect: PYTHON-LANG-SEC-021
    return JsonResponse({"archive": f"/tmp/{name}.tgz"})
