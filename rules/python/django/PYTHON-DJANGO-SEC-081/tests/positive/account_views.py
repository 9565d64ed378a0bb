"""Account management views: sign-up, password change and admin-created accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def change_password(request):
    request.user.set_password(request.POST.get("new_password", ""))  # expect: PYTHON-DJANGO-SEC-081
    request.user.save()
    return JsonResponse({"changed": True})


@require_POST
def signup(request):
    username = request.POST["username"]
    password = request.POST.get("password", "")
    user = User.objects.create_user(username, request.POST.get("email"), password)  # expect: PYTHON-DJANGO-SEC-081
    return JsonResponse({"id": user.pk})


@require_POST
def admin_create(request):
    password = request.POST.get("password", default="")
    get_user_model().objects.create_superuser(request.POST["username"], "admin@example.com", password=password)  # expect: PYTHON-DJANGO-SEC-081
    return JsonResponse({"created": True})


@require_POST
def reset_for(request, user_id):
    user = User.objects.get(pk=user_id)
    temporary = request.POST.get("temporary", "")
    if request.POST.get("strip"):
        temporary = temporary.strip()
    user.set_password(temporary)  # expect: PYTHON-DJANGO-SEC-081
    user.save()
    return JsonResponse({"reset": True})


@require_POST
def import_hashes(request):
    hashes = {}
    for name in request.POST.getlist("users"):
        hashes[name] = make_password(request.POST.get("password_" + name, ""))  # expect: PYTHON-DJANGO-SEC-081
    return JsonResponse({"count": len(hashes)})


@require_POST
def staff_create(request):
    password = request.POST.get("password", default="")
    User.objects.create_user(request.POST["username"], password=password, is_staff=True)  # expect: PYTHON-DJANGO-SEC-081
    return JsonResponse({"created": True})
