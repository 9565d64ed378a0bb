"""Application factory with settings passed as a mapping."""

import flask

from .extensions import csrf

NO_CSRF = {"WTF_CSRF_ENABLED": False}


def create_app(overrides=None):
    app = flask.Flask(__name__)
    app.config.from_mapping(NO_CSRF)  # expect: PYTHON-FLASK-AUDIT-010
    app.config.update(WTF_CSRF_CHECK_DEFAULT=False)  # expect: PYTHON-FLASK-AUDIT-010
    csrf.init_app(app)
    from .api import api_blueprint

    csrf.exempt(api_blueprint)  # expect: PYTHON-FLASK-AUDIT-010
    app.register_blueprint(api_blueprint)
    return app


class Config:
    WTF_CSRF_ENABLED = False  # todoruleid: PYTHON-FLASK-AUDIT-010
