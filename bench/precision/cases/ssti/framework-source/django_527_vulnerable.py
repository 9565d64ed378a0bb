import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_527(request):
    greeting = request.GET.getlist("greeting")[0]
    env = jinja2.Environment()
    page = env.from_string("Hello " + greeting).render()
    return HttpResponse("ok")
