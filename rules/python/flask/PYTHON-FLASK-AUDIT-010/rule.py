from codepathfinder import Or, QueryType
from codepathfinder.python_decorators import python_rule
# WTF_CSRF_ENABLED=False turns CSRF checks off; WTF_CSRF_CHECK_DEFAULT=False stops CSRFProtect from checking
# any view unless each one calls csrf.protect() itself.
CSRF_SWITCHES = ["WTF_CSRF_ENABLED", "WTF_CSRF_CHECK_DEFAULT"]


class AppConfig(QueryType):
    """A Flask application's config mapping (app.config, current_app.config, self.app.config)."""

    patterns = ["*.config"]


class CsrfProtect(QueryType):
    """Flask-WTF's CSRFProtect extension, by type or by its usual variable names."""

    fqns = ["flask_wtf.csrf.CSRFProtect", "flask_wtf.CSRFProtect", "flask_wtf.csrf.CsrfProtect"]
    patterns = ["csrf", "*.csrf", "csrf_protect", "*csrf_protect"]


class WtfForms(QueryType):
    """Flask-WTF forms; project forms derived from FlaskForm are included."""

    fqns = ["flask_wtf.FlaskForm", "flask_wtf.form.FlaskForm", "flask_wtf.Form"]


@python_rule(
    id="PYTHON-FLASK-AUDIT-010",
    name="Flask WTF CSRF Disabled",
    severity="HIGH",
    category="flask",
    cwe="CWE-352",
    owasp="A01:2021",
    message="Flask-WTF CSRF protection is switched off (WTF_CSRF_ENABLED/WTF_CSRF_CHECK_DEFAULT=False, csrf.exempt or meta={'csrf': False}). Keep CSRF checks on and send the token with every state-changing request.",
)
def detect_flask_wtf_csrf_disabled():
    """CSRF turned off in app.config, per view with csrf.exempt, or per form with meta={"csrf": False}."""
    return Or(
        AppConfig.method("__setitem__").where(0, CSRF_SWITCHES).where(1, False),
        AppConfig.method("update", "from_mapping").where("WTF_CSRF_ENABLED", False),
        AppConfig.method("update", "from_mapping").where("WTF_CSRF_CHECK_DEFAULT", False),
        AppConfig.method("update", "from_mapping").where(0, {"WTF_CSRF_ENABLED": False}),
        AppConfig.method("update", "from_mapping").where(0, {"WTF_CSRF_CHECK_DEFAULT": False}),
        CsrfProtect.method("exempt"),
        WtfForms.method("__init__").where("meta", {"csrf": False}),
    )
