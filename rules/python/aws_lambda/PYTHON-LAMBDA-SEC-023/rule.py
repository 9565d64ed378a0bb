from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-023",
    name="Lambda Pickle Deserialization",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Data from the Lambda event is unpickled. Unpickling runs code chosen by whoever wrote the bytes. Exchange data as JSON (json.loads) or another data-only format; if pickle is unavoidable, only load payloads whose HMAC signature you have verified.",
)
def detect_lambda_pickle():
    """Lambda event data (or a file/object it names) deserialised by pickle, cPickle, cloudpickle, dill, joblib, jsonpickle."""
    return flows(
        from_sources=LAMBDA_EVENT,
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
