"""Django views that issue tokens for a partner integration."""

import jwt
from django.conf import settings
from django.http import JsonResponse


def signup_token(request):
    payload = {"username": request.POST["username"], "date_of_birth": request.POST["dob"]}
    token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")  # expect: PYTHON-JWT-SEC-005
    return JsonResponse({"token": token})


def partner_token(request):
    # Every query parameter is copied into the token.
    claims = dict(request.GET.items())
    claims["iss"] = "shop"
    return JsonResponse({"token": jwt.encode(payload=claims, key=settings.SECRET_KEY, algorithm="HS256")})  # expect: PYTHON-JWT-SEC-005
