"""Views registered with decorators."""

from pyramid import view
from pyramid.view import view_config, view_defaults


@view_config(route_name="transfer", request_method="POST", renderer="json", require_csrf=False)  # expect: PYTHON-PYRAMID-SEC-001
def transfer(request):
    request.dbsession.transfer(request.POST["to"], request.POST["amount"])
    return {"ok": True}


@view_defaults(route_name="profile", require_csrf=False)  # expect: PYTHON-PYRAMID-SEC-001
class ProfileViews:
    def __init__(self, request):
        self.request = request

    @view.view_config(request_method="POST", renderer="json")
    def update(self):
        self.request.user.update(self.request.POST)
        return {"ok": True}
