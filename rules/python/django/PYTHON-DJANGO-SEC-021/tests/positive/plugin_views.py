"""Admin "scripting" views that run snippets of Python sent from the browser."""

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST


@staff_member_required
@require_POST
def run_snippet(request):
    exec(request.POST["code"])  # expect: PYTHON-DJANGO-SEC-021
    return HttpResponse("done")


@staff_member_required
@require_POST
def define_hook(request):
    name = request.POST.get("name", "hook")
    body = request.POST.get("body", "pass")
    source = f"def {name}(order):\n    {body}\n"
    namespace = {}
    exec(source, namespace)  # expect: PYTHON-DJANGO-SEC-021
    return JsonResponse({"defined": sorted(namespace)})


@staff_member_required
@require_POST
def migrate_rows(request):
    script = request.body.decode("utf-8")
    if request.GET.get("compiled"):
        code = compile(script, "<migration>", "exec")
    else:
        code = "for row in rows:\n    %s\n" % script
    exec(code, {"rows": []})  # expect: PYTHON-DJANGO-SEC-021
    return HttpResponse("migrated")


@staff_member_required
@require_POST
def run_steps(request):
    env = {}
    for step in request.POST.getlist("steps"):
        exec("result = {}".format(step), env)  # expect: PYTHON-DJANGO-SEC-021
    return JsonResponse({"result": repr(env.get("result"))})
