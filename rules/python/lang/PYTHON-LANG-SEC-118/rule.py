from codepathfinder import calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-118",
    name="Template Context from globals() or locals()",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-200",
    owasp="A01:2021",
    message="The template is rendered with globals() or locals() as its context, so every variable in scope (secrets, request objects, imported modules such as os) becomes readable by the template, and by anyone who can influence it. Pass an explicit dict of the values the template needs.",
)
def detect_scope_dict_as_template_context():
    """globals(), locals() or vars() flowing into the context of a Flask, Django, Jinja2 or Mako render call."""
    return flows(
        from_sources=[calls("globals", "locals", "vars", "builtins.globals", "builtins.locals", "builtins.vars")],
        to_sinks=[
            calls("flask.render_template", "flask.render_template_string", "flask.stream_template"),
            calls("django.shortcuts.render", "django.shortcuts.render_to_response", "django.template.loader.render_to_string"),
            # template.render(**locals()), Template(...).render(Context(locals())), env.get_template(...).render(...):
            # reported once, where the template is rendered.
            calls("*.render", "*.render_unicode", "*.stream", "*.generate"),
        ],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="local",
    )
