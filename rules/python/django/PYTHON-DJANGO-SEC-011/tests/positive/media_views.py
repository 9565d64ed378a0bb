"""Media processing views: thumbnails, transcoding and archive inspection through external tools."""

import subprocess
from subprocess import check_output

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def thumbnail(request):
    subprocess.run("convert " + request.POST["source"] + " -resize 200x200 thumb.png", shell=True, check=True)  # expect: PYTHON-DJANGO-SEC-011
    return HttpResponse(status=204)


@require_POST
def transcode(request):
    fmt = request.POST.get("format", "mp4")
    name = request.POST.get("name")
    command = f"ffmpeg -i {settings.MEDIA_ROOT}/{name} out.{fmt}"
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)  # expect: PYTHON-DJANGO-SEC-011
    out, _ = proc.communicate()
    return HttpResponse(out, content_type="text/plain")


def archive_listing(request):
    archive = request.GET.get("archive")
    if archive.endswith(".zip"):
        listing = subprocess.getoutput("unzip -l %s" % archive)  # expect: PYTHON-DJANGO-SEC-011
    else:
        listing = subprocess.getoutput("tar tzf {}".format(archive))  # expect: PYTHON-DJANGO-SEC-011
    return HttpResponse(listing, content_type="text/plain")


def run_tool(request):
    tool = request.GET["tool"]
    output = check_output([tool, "--version"])  # expect: PYTHON-DJANGO-SEC-011
    return HttpResponse(output, content_type="text/plain")


@require_POST
def batch_resize(request):
    results = {}
    for path in request.POST.getlist("paths"):
        results[path] = subprocess.call(["sh", "-c", "mogrify -resize 50% " + path])  # expect: PYTHON-DJANGO-SEC-011
    return JsonResponse(results)
