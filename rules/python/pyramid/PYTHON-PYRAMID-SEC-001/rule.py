from codepathfinder import calls, Or, QueryType
from codepathfinder.python_decorators import python_rule


class Configurators(QueryType):
    """Pyramid's Configurator, by type or by the usual variable names (config, self.config)."""

    fqns = ["pyramid.config.Configurator"]
    patterns = ["config", "*.config", "configurator", "*.configurator"]


class ViewDecorators(QueryType):
    """The view_config and view_defaults decorators."""

    fqns = ["pyramid.view"]


@python_rule(
    id="PYTHON-PYRAMID-SEC-001",
    name="Pyramid CSRF Check Disabled Globally",
    severity="HIGH",
    category="pyramid",
    cwe="CWE-352",
    owasp="A01:2021",
    message="Pyramid's CSRF check is turned off (require_csrf=False). Keep require_csrf=True and send the CSRF token (form field or X-CSRF-Token header) with every unsafe request.",
)
def detect_pyramid_csrf_disabled():
    """set_default_csrf_options(require_csrf=False), and views registered with require_csrf=False."""
    return Or(
        # set_default_csrf_options is Pyramid-specific, so any receiver is accepted.
        calls("*.set_default_csrf_options", match_name={"require_csrf": False}),
        calls("*.set_default_csrf_options", match_position={0: False}),
        Configurators.method("add_view").where("require_csrf", False),
        ViewDecorators.method("view_config", "view_defaults").where("require_csrf", False),
    )
