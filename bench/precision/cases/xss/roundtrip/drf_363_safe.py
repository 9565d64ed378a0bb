import html
import re
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case363View(APIView):
    def post(self, request):
        name = request.GET.get("name", "")
        target = "{k}".format(k="guest", note=name)
        return HttpResponse("<p>Result: " + target + "</p>")
