"""Pyramid views (cookiecutter layout: request.dbsession) that put request data into SQL."""

from pyramid.view import view_config, view_defaults
from sqlalchemy import literal_column, select, text

from .models import Order, User


@view_config(route_name="users", renderer="json")
def users(request):
    name = request.params.get("name", "")
    rows = request.dbsession.execute(text("SELECT id, name FROM users WHERE name = '" + name + "'")).all()  # expect: PYTHON-PYRAMID-SEC-003
    return [dict(row._mapping) for row in rows]


@view_config(route_name="orders", renderer="json")
def orders(request):
    query = request.dbsession.query(Order)
    status = request.GET.get("status")
    if status:
        # A raw criterion string (SQLAlchemy before 1.4 inserts it as SQL).
        query = query.filter("status = '%s'" % status)  # expect: PYTHON-PYRAMID-SEC-003
    sort = request.GET.get("sort", "created_at")
    query = query.order_by(sort)  # expect: PYTHON-PYRAMID-SEC-003
    return [o.to_dict() for o in query.all()]


@view_config(route_name="report", renderer="json")
def report(request):
    column = literal_column(request.matchdict["column"])  # expect: PYTHON-PYRAMID-SEC-003
    stmt = select(column).select_from(Order.__table__)
    return [list(r) for r in request.dbsession.execute(stmt)]


def run_raw(dbsession, sql):
    # Reported here: the stats view passes request data to it (SQLAlchemy 1.x accepts strings).
    return dbsession.execute(sql).fetchall()  # expect: PYTHON-PYRAMID-SEC-003


@view_config(route_name="stats", renderer="json")
def stats(request):
    group = request.matchdict["group"]
    return [list(r) for r in run_raw(request.dbsession, f"SELECT {group}, count(*) FROM orders GROUP BY {group}")]


@view_config(route_name="search", renderer="json")
def search(request):
    query = request.dbsession.query(User)
    for field, value in request.json_body.items():
        query = query.filter(text(f"{field} = '{value}'"))  # expect: PYTHON-PYRAMID-SEC-003
    return [u.to_dict() for u in query.all()]


@view_defaults(route_name="admin_orders", renderer="json")
class AdminOrders:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="POST")
    def totals(self):
        threshold = self.request.POST["min_total"]
        query = self.request.dbsession.query(Order.customer_id).group_by(Order.customer_id)
        query = query.having(text("SUM(total) > " + threshold))  # expect: PYTHON-PYRAMID-SEC-003
        return [r[0] for r in query.all()]


@view_config(route_name="lookup", renderer="json")
def lookup(request):
    # The whole query chain in one expression: chained calls are not resolved one by one yet.
    return request.dbsession.query(User).filter("email = '%s'" % request.params["email"]).all()  # expect: PYTHON-PYRAMID-SEC-003
