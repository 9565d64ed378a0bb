from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()


@python_rule(
    id="PYTHON-DJANGO-SEC-022",
    name="Django Globals Misuse Code Execution",
    severity="HIGH",
    category="django",
    cwe="CWE-470",
    owasp="A03:2021",
    message="Request data selects or overwrites an entry of globals()/locals(), so the client chooses which function or object the code uses. Map the allowed names to functions in a fixed dictionary and reject anything else.",
)
def detect_django_globals_misuse():
    """Request data used as the key of a globals()/locals()/vars() lookup or write."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # globals().get(name), locals().get(name), vars(module).get(name): the key picks the object.
            calls("globals.get", "locals.get", "vars.get").tracks(0, "key"),
            # globals()[name] = value and the other writes replace module-level names (functions, settings).
            calls(
                "globals.__setitem__",
                "globals.setdefault",
                "globals.pop",
                "locals.__setitem__",
                "vars.__setitem__",
            ).tracks(0),
            calls("globals.update", "locals.update", "vars.update").tracks(0),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
