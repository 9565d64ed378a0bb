"""After a password change, the session keeps the server's hash of the new password."""

from django.contrib.auth.forms import PasswordChangeForm
from django.http import JsonResponse

HASH_SESSION_KEY = "_auth_user_hash"


def change_password(request):
    form = PasswordChangeForm(request.user, request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    user = form.save()
    # ok: PYTHON-LANG-SEC-112
    request.session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    return JsonResponse({"ok": True})
