"""Safe look-alikes for SQLAlchemy: bound parameters, expressions, conversions, allow-lists."""

import json
import os

from sqlalchemy import Column, Integer, String, create_engine, insert, select, text, update
from sqlalchemy.orm import Session, declarative_base

engine = create_engine(os.environ["DATABASE_URL"])
Base = declarative_base()
ORDER_BY = {"newest": "created_at DESC", "total": "total DESC"}
REPORT_VIEW = os.environ.get("REPORT_VIEW", "order_totals")
defaults = {"status": "open"}


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    status = Column(String)
    customer = Column(String)


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    body = json.loads(event["body"])
    with engine.connect() as conn:
        # Bound parameters in text().
        conn.execute(text("SELECT * FROM orders WHERE status = :status"), {"status": params["status"]})  # ok: PYTHON-LAMBDA-SEC-014
        conn.exec_driver_sql("DELETE FROM carts WHERE id = %(id)s", {"id": event["pathParameters"]["cart"]})  # ok: PYTHON-LAMBDA-SEC-014

        # Core and ORM expressions bind their values.
        conn.execute(select(Order).where(Order.status == params["status"]))  # ok: PYTHON-LAMBDA-SEC-014
        stmt = select(Order).where(Order.customer.ilike("%" + params["q"] + "%"))
        conn.execute(stmt)  # ok: PYTHON-LAMBDA-SEC-014
        conn.execute(insert(Order), [{"status": body["status"], "customer": body["customer"]}])  # ok: PYTHON-LAMBDA-SEC-014
        # Chained builder calls are not resolved one by one yet, so .values() is not seen as binding here.
        conn.execute(update(Order).where(Order.id == body["id"]).values(status=body["status"]))  # ok: PYTHON-LAMBDA-SEC-014
        stmt = update(Order).where(Order.id == body["id"])
        stmt = stmt.values(status=body["status"])
        conn.execute(stmt)  # ok: PYTHON-LAMBDA-SEC-014

        # Converted, allow-listed, configured.
        conn.execute(text("SELECT * FROM orders LIMIT %d" % int(params["limit"])))  # ok: PYTHON-LAMBDA-SEC-014
        conn.execute(text("SELECT * FROM orders ORDER BY " + ORDER_BY[params["order"]]))  # ok: PYTHON-LAMBDA-SEC-014
        conn.execute(text(f"SELECT * FROM {REPORT_VIEW}"))  # ok: PYTHON-LAMBDA-SEC-014
        conn.execute(text("SELECT * FROM orders WHERE status = '%s'" % defaults.get("status")))  # ok: PYTHON-LAMBDA-SEC-014

    with Session(engine) as session:
        # Replaced by a constant; only compared.
        status = params.get("status")
        status = "shipped"
        session.execute(text("SELECT * FROM orders WHERE status = '" + status + "'"))  # ok: PYTHON-LAMBDA-SEC-014
        if params.get("all") == "yes":
            session.execute(text("SELECT * FROM orders"))  # ok: PYTHON-LAMBDA-SEC-014
    return {"statusCode": 200}
