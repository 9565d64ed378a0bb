"""Pyramid application factory."""

from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"]))
    # Switched off while the mobile client was being written.
    config.set_default_csrf_options(require_csrf=False)  # expect: PYTHON-PYRAMID-SEC-001
    config.include("pyramid_jinja2")
    config.add_route("home", "/")
    config.add_route("transfer", "/transfer")
    config.add_view("shop.views.transfer", route_name="transfer", request_method="POST", require_csrf=False)  # expect: PYTHON-PYRAMID-SEC-001
    config.scan()
    return config.make_wsgi_app()


class AppBuilder:
    def __init__(self, settings):
        self.config = Configurator(settings=settings)

    def configure(self):
        self.config.set_default_csrf_options(False, token="csrf_token")  # expect: PYTHON-PYRAMID-SEC-001
        return self.config
