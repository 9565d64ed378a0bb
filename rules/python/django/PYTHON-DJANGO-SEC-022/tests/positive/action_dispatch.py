"""An "actions" endpoint that dispatches to module-level functions by name."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

FEATURE_FLAGS = {"beta": False}
REPORT_FORMAT = "csv"


def archive_orders(ids):
    return {"archived": ids}


def export_orders(ids):
    return {"exported": ids}


@require_POST
def run_action(request):
    handler = globals().get(request.POST["action"])  # expect: PYTHON-DJANGO-SEC-022
    if handler is None:
        return HttpResponseBadRequest("unknown action")
    return JsonResponse(handler(request.POST.getlist("ids")))


@require_POST
def run_prefixed_action(request):
    action = request.POST.get("action", "")
    name = f"{action}_orders"
    handler = globals().get(name, export_orders)  # expect: PYTHON-DJANGO-SEC-022
    return JsonResponse(handler(request.POST.getlist("ids")))


@require_POST
def toggle_settings(request):
    for key in request.POST:
        globals()[key] = request.POST[key]  # expect: PYTHON-DJANGO-SEC-022
    return JsonResponse({"format": REPORT_FORMAT})


@require_POST
def load_flags(request):
    if request.content_type == "application/json":
        flags = request.body
    else:
        flags = request.POST.dict()
    globals().update(flags)  # expect: PYTHON-DJANGO-SEC-022
    return JsonResponse({"beta": FEATURE_FLAGS})


def call_by_name(request):
    # Plain subscript reads are not call sites, so the engine cannot see this lookup yet.
    handler = globals()[request.GET["fn"]]  # todoruleid: PYTHON-DJANGO-SEC-022
    return JsonResponse(handler([]))
