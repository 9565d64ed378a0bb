"""Media and operations views that pass request data as single arguments of a fixed program."""

import os
import shlex
import subprocess

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views import View

TOOLS = {"imagemagick": "convert", "ffmpeg": "ffmpeg"}


def thumbnail(request):
    subprocess.run(["convert", request.POST["source"], "-resize", "200x200", "thumb.png"], check=True)  # ok: PYTHON-DJANGO-SEC-011
    return HttpResponse(status=204)


def transcode(request):
    name = shlex.quote(request.POST.get("name", ""))
    proc = subprocess.Popen(f"ffmpeg -i {settings.MEDIA_ROOT}/{name} out.mp4", shell=True)  # ok: PYTHON-DJANGO-SEC-011
    proc.wait()
    return HttpResponse(status=204)


def archive_listing(request):
    archive = request.GET.get("archive", "")
    listing = subprocess.getoutput("unzip -l " + shlex.quote(archive))  # ok: PYTHON-DJANGO-SEC-011
    return HttpResponse(listing, content_type="text/plain")


def archive_listing_argv(request):
    listing = subprocess.check_output(["tar", "tzf", "--", request.GET.get("archive", "")])  # ok: PYTHON-DJANGO-SEC-011
    return HttpResponse(listing, content_type="text/plain")


def quoted_script(request):
    path = request.POST.get("path", "")
    code = subprocess.call(["sh", "-c", "mogrify -resize 50% " + shlex.quote(path)])  # ok: PYTHON-DJANGO-SEC-011
    return JsonResponse({"code": code})


def resize_percent(request):
    percent = int(request.POST.get("percent", "50"))
    code = subprocess.call("mogrify -resize %d%% /srv/media/*.png" % percent, shell=True)  # ok: PYTHON-DJANGO-SEC-011
    return JsonResponse({"code": code})


def configured_tool(request):
    tool = TOOLS.get("imagemagick")
    flags = os.environ.get("CONVERT_FLAGS", "-strip")
    profile = settings.MEDIA_OPTIONS.get("profile", "sRGB")
    subprocess.run(f"{tool} {flags} -profile {profile} /srv/media/in.png out.png", shell=True)  # ok: PYTHON-DJANGO-SEC-011
    return HttpResponse(status=204)


class DeployView(View):
    def post(self, request):
        branch = request.headers.get("X-Deploy-Branch", "main")
        branch = "main"
        result = subprocess.run("git checkout " + branch, shell=True)  # ok: PYTHON-DJANGO-SEC-011
        return JsonResponse({"code": result.returncode})


class ServiceRestartView(View):
    def post(self, request):
        service = self.request.POST["service"]
        result = subprocess.run(["systemctl", "restart", service], capture_output=True)  # ok: PYTHON-DJANGO-SEC-011
        return JsonResponse({"code": result.returncode})


def probe_duration(request):
    output = subprocess.check_output([settings.FFPROBE_BIN, "-show_format", "--", request.GET["file"]])  # ok: PYTHON-DJANGO-SEC-011
    return HttpResponse(output, content_type="text/plain")


def probe_with(request, probe_bin):
    # A program chosen by the caller (a parameter) is not a constant: the list is treated as choosing the program.
    output = subprocess.check_output([probe_bin, "-show_format", "--", request.GET["file"]])  # todook: PYTHON-DJANGO-SEC-011
    return HttpResponse(output, content_type="text/plain")
