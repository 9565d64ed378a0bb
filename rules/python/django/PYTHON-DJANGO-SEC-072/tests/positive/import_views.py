"""Import endpoints that read uploaded files and bodies with formats able to run code."""

import _pickle
import marshal
import pickle

import dill
import pandas
import yaml
from django.http import JsonResponse


def import_settings(request):
    # An uploaded file object goes straight to pickle.load().
    settings = pickle.load(request.FILES["settings"])  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"keys": sorted(settings)})


def import_fast(request):
    state = _pickle.loads(request.body)  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"size": len(state)})


def import_legacy(request):
    table = _pickle.load(request.FILES["table"])  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"rows": len(table)})


def import_session(request):
    session = dill.load(request.FILES["session"])  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"name": session.name})


def import_bytecode(request):
    code = marshal.load(request.FILES["module"])  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"names": list(code.co_names)})


def import_frame(request):
    frame = pandas.read_pickle(request.FILES["frame"])  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"columns": list(frame.columns)})


def import_documents(request):
    docs = list(yaml.unsafe_load_all(request.body))  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"count": len(docs)})
