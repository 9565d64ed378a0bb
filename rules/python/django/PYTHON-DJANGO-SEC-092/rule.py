from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django or DRF view receives from the client: the shared preset, plus the absolute URL the client
# asked for (its host comes from the Host header).
DJANGO_REQUEST = Sources.django_request() + [
    calls("request.build_absolute_uri", "*.request.build_absolute_uri"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-092",
    name="Django NaN Injection",
    severity="LOW",
    category="django",
    cwe="CWE-704",
    owasp="A03:2021",
    message="Django request data is converted with float(), which accepts \"nan\", \"inf\" and \"-inf\"; NaN makes every comparison false and silently defeats range and balance checks, and stored NaN poisons sums. Reject non-finite values with math.isfinite() right after converting, or use int() / decimal.Decimal with validation (or a form FloatField, which rejects them).",
)
def detect_django_nan_injection():
    """Django request data passed to float()."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            calls("float", "builtins.float").tracks(0),
        ],
        # int() never yields NaN or infinity, and already returns a clean value.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        # Inside the view only: helpers that parse validated header syntax (Accept-Language q-values matched
        # by a digits-only pattern) are not followed.
        scope="local",
    )
