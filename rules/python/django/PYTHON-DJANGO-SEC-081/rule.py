from codepathfinder import calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule

# A request or form field read with an empty-string default: when the client leaves the field out, the
# value is "" instead of a missing-value error. Only these reads are sources (a value read with
# request.POST["password"] or .get("password") without a default is not).
EMPTY_DEFAULT_READS = [
    calls(
        "*.POST.get",
        "*.GET.get",
        "*.data.get",
        "*.query_params.get",
        "*.cleaned_data.get",
        "*.validated_data.get",
        match_position={1: ""},
    ),
    calls(
        "*.POST.get",
        "*.GET.get",
        "*.data.get",
        "*.query_params.get",
        match_name={"default": ""},
    ),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-081",
    name="Django Default Empty Password Value",
    severity="HIGH",
    category="django",
    cwe="CWE-521",
    owasp="A07:2021",
    message="A password read with an empty-string default ('') is stored with set_password()/create_user(); a request without the field sets an empty password. Read it without a default, reject empty values, and validate it with a form or validate_password().",
)
def detect_django_empty_default_password():
    """A value read with an empty-string default reaching the password of set_password(), make_password() or create_user()."""
    return flows(
        from_sources=EMPTY_DEFAULT_READS,
        to_sinks=[
            calls("*.set_password").tracks(0, "raw_password"),
            calls("django.contrib.auth.hashers.make_password").tracks(0, "password"),
            # UserManager.create_user(username, email=None, password=None, **extra_fields), create_superuser().
            calls("*.create_user", "*.create_superuser").tracks(2, "password"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
