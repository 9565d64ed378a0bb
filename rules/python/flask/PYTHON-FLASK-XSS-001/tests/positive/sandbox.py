"""User-editable page snippets rendered in a sandbox (the sandbox limits code, not HTML)."""

from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

NO_ESCAPE = False


class SnippetRenderer:
    def __init__(self):
        self.env = SandboxedEnvironment()  # expect: PYTHON-FLASK-XSS-001
        self.strict_env = ImmutableSandboxedEnvironment(autoescape=NO_ESCAPE, trim_blocks=True)  # expect: PYTHON-FLASK-XSS-001

    def render(self, source, **context):
        return self.env.from_string(source).render(**context)
