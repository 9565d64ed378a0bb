from codepathfinder import calls, Or, not_constant
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-040",
    name="Pickle Deserialization Detected (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Unpickling runs code chosen by whoever produced the data. Make sure the bytes can only come from a trusted source, or use a data-only format such as JSON.",
)
def detect_pickle_deserialization():
    """Calls that unpickle: pickle/cPickle/_pickle/cloudpickle load(s) and Unpickler, and library wrappers around them."""
    return Or(
        calls(
            "pickle.load",
            "pickle.Unpickler",
            "pickle._load",
            "pickle._Unpickler",
            "_pickle.load",
            "_pickle.Unpickler",
            "cPickle.load",
            "cPickle.Unpickler",
            "cloudpickle.load",
            "pandas.read_pickle",
            "joblib.load",
        ),
        # Bytes written in the program (a literal or a module constant) cannot carry someone else's payload.
        calls(
            "pickle.loads",
            "pickle._loads",
            "_pickle.loads",
            "cPickle.loads",
            "cloudpickle.loads",
            match_position={0: not_constant()},
        ),
        # Pickle through numpy and torch only when the caller explicitly allows it.
        calls("numpy.load", match_name={"allow_pickle": True}),
        calls("numpy.load", match_position={2: True}),
        calls("torch.load", match_name={"weights_only": False}),
    )
