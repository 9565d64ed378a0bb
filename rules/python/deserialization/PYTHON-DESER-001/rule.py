from codepathfinder import attribute, calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule

# Request data in Flask and Django (and Django REST framework) views.
WEB_REQUEST = [
    # Flask: the request proxy, resolved through imports (`from flask import request`).
    attribute(
        "flask.request.data",
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.json",
        "flask.request.stream",
        "flask.request.view_args",
    ),
    calls("flask.request.get_data", "flask.request.get_json"),
    # Django and DRF: the view's `request` parameter, or `self.request` in class-based views.
    attribute(
        "request.body",
        "request.GET",
        "request.POST",
        "request.COOKIES",
        "request.FILES",
        "request.META",
        "request.headers",
        "request.data",
        "request.query_params",
        "self.request.body",
        "self.request.GET",
        "self.request.POST",
        "self.request.COOKIES",
        "self.request.FILES",
        "self.request.META",
        "self.request.headers",
        "self.request.data",
        "self.request.query_params",
    ),
    calls("request.read", "self.request.read"),
]


@python_rule(
    id="PYTHON-DESER-001",
    name="Unsafe Pickle Deserialization",
    severity="CRITICAL",
    category="deserialization",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Request data is unpickled. Unpickling runs code chosen by whoever wrote the bytes. Accept JSON (json.loads) or another data-only format; if pickle is unavoidable, only load payloads whose signature you have verified (itsdangerous / django.core.signing).",
)
def detect_unsafe_pickle_deserialization():
    """Flask/Django request data (body, parameters, cookies, headers, uploaded files) deserialised by a pickle-family loader."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls(
                "pickle.loads",
                "pickle.load",
                "pickle.Unpickler",
                "_pickle.loads",
                "_pickle.load",
                "_pickle.Unpickler",
                "cPickle.loads",
                "cPickle.load",
                "cloudpickle.loads",
                "cloudpickle.load",
                "dill.loads",
                "dill.load",
                "dill.Unpickler",
                "joblib.load",
                "pandas.read_pickle",
                "jsonpickle.decode",
                "shelve.open",
            ).tracks(0, "data", "file", "string", "filename", "filepath_or_buffer"),
            calls("numpy.load", match_name={"allow_pickle": True}).tracks(0, "file"),
        ],
        # Signed payloads: the signature is checked with the server's secret before the bytes are returned.
        sanitized_by=[calls("*.unsign", "*.unsign_object", "django.core.signing.loads")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
