"""Pyramid application factory with CSRF checks on."""

from pyramid.config import Configurator
from pyramid.csrf import SessionCSRFStoragePolicy
from pyramid.view import view_config


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())  # ok: PYTHON-PYRAMID-SEC-001
    config.set_default_csrf_options(require_csrf=True)  # ok: PYTHON-PYRAMID-SEC-001
    config.set_default_csrf_options(require_csrf=True, header="X-CSRF-Token", check_origin=True)  # ok: PYTHON-PYRAMID-SEC-001
    config.add_route("transfer", "/transfer")
    config.add_view("shop.views.transfer", route_name="transfer", request_method="POST")  # ok: PYTHON-PYRAMID-SEC-001
    config.add_view("shop.views.health", route_name="health", require_csrf=True)  # ok: PYTHON-PYRAMID-SEC-001
    config.scan()
    return config.make_wsgi_app()


@view_config(route_name="transfer", request_method="POST", renderer="json")  # ok: PYTHON-PYRAMID-SEC-001
def transfer(request):
    return {"ok": True}


@view_config(route_name="webhook", request_method="POST", renderer="json", require_csrf=True)  # ok: PYTHON-PYRAMID-SEC-001
def webhook(request):
    return {"ok": True}
