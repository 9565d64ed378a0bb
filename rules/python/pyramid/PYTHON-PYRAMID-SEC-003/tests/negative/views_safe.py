"""Safe look-alikes: ORM expressions, bound parameters, allow-listed columns, conversions."""

from pyramid.view import view_config
from sqlalchemy import text

from .models import Order, User

SORTS = {"newest": Order.created_at.desc(), "total": Order.total.desc()}
COLUMNS = {"region": "region", "status": "status"}
defaults = {"status": "open"}


@view_config(route_name="users", renderer="json")
def users(request):
    name = request.params.get("name", "")
    dbsession = request.dbsession

    # Bound parameters and ORM expressions.
    dbsession.execute(text("SELECT id, name FROM users WHERE name = :name"), {"name": name})  # ok: PYTHON-PYRAMID-SEC-003
    query = dbsession.query(User)
    query = query.filter(User.name == name)  # ok: PYTHON-PYRAMID-SEC-003
    query = query.filter(User.email.ilike("%" + request.params["q"] + "%"))  # ok: PYTHON-PYRAMID-SEC-003
    query = query.filter(User.id.in_(request.params.getall("id")))  # ok: PYTHON-PYRAMID-SEC-003
    query = query.filter_by(status=request.params.get("status", "active"))
    query = query.order_by(SORTS[request.params.get("sort", "newest")])  # ok: PYTHON-PYRAMID-SEC-003
    query = query.limit(int(request.params.get("limit", "50")))

    # Converted, allow-listed, configuration.
    dbsession.execute(text("SELECT * FROM orders LIMIT %d" % int(request.params["n"])))  # ok: PYTHON-PYRAMID-SEC-003
    group = COLUMNS[request.matchdict["group"]]
    dbsession.execute(text(f"SELECT {group}, count(*) FROM orders GROUP BY {group}"))  # ok: PYTHON-PYRAMID-SEC-003
    dbsession.execute(text("SELECT * FROM orders WHERE status = '%s'" % defaults.get("status")))  # ok: PYTHON-PYRAMID-SEC-003
    dbsession.execute(text(request.registry.settings.get("health_query", "SELECT 1")))  # ok: PYTHON-PYRAMID-SEC-003

    # Replaced by a constant; only compared.
    status = request.params.get("status")
    status = "shipped"
    dbsession.execute(text("SELECT * FROM orders WHERE status = '" + status + "'"))  # ok: PYTHON-PYRAMID-SEC-003
    if request.params.get("all") == "1":
        dbsession.execute(text("SELECT * FROM orders"))  # ok: PYTHON-PYRAMID-SEC-003
    return [u.to_dict() for u in query.all()]
