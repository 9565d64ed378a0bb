"""Middleware that refreshes the device identifier cookie on every response."""

import uuid

from django.utils.deprecation import MiddlewareMixin


class DeviceCookieMiddleware(MiddlewareMixin):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "device_id" not in request.COOKIES:
            response.set_cookie("device_id", uuid.uuid4().hex, max_age=31536000, samesite="Lax")  # expect: PYTHON-DJANGO-SEC-070
        return response


class AbTestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.set_cookie("ab_bucket", "B", secure=True, httponly=None)  # expect: PYTHON-DJANGO-SEC-070
        return response
