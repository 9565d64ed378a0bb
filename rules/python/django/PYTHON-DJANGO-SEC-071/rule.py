from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

CSRF_EXEMPT = "django.views.decorators.csrf.csrf_exempt"


@python_rule(
    id="PYTHON-DJANGO-SEC-071",
    name="Django CSRF Exempt Decorator",
    severity="MEDIUM",
    category="django",
    cwe="CWE-352",
    owasp="A01:2021",
    message="csrf_exempt turns off Django's CSRF protection for this view. Remove it and send the CSRF token from the client, or authenticate the request another way (signed webhook, token header) before changing state.",
)
def detect_django_csrf_exempt():
    """@csrf_exempt, csrf_exempt(view), method_decorator(csrf_exempt) on class-based views, and view.csrf_exempt = True."""
    return Or(
        # Resolved through imports; the bare name covers `from django.views.decorators.csrf import *`.
        calls(CSRF_EXEMPT, "csrf_exempt"),
        calls("django.utils.decorators.method_decorator", match_position={0: CSRF_EXEMPT}),
        calls("django.utils.decorators.method_decorator", match_name={"decorator": CSRF_EXEMPT}),
        # What the decorator does internally, written by hand: view.csrf_exempt = True
        calls("*.__setattr__", match_position={0: "csrf_exempt", 1: True}),
    )
