"""A password change view that also keeps a field of the submitted form in the session."""

from django.contrib.auth.forms import PasswordChangeForm
from django.http import JsonResponse


def change_password(request):
    form = PasswordChangeForm(request.user, request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    # The form's data is the client's: later code trusts "reminder" as server state.
    # ruleid: PYTHON-LANG-SEC-112
    request.session["reminder"] = form.data.get("reminder", "")
    return JsonResponse({"ok": True})
