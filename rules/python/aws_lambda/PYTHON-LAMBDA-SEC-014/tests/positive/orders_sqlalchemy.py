"""Orders API on Aurora PostgreSQL through SQLAlchemy; the engine is created once per container."""

import json
import os

from sqlalchemy import create_engine, literal_column, select, table, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)
orders = table("orders")


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    with engine.connect() as conn:
        # Concatenation inside text(), the source inline.
        rows = conn.execute(text("SELECT * FROM orders WHERE status = '" + params["status"] + "'")).all()  # expect: PYTHON-LAMBDA-SEC-014

        # A raw string given to exec_driver_sql().
        conn.exec_driver_sql("DELETE FROM carts WHERE id = '%s'" % event["pathParameters"]["cart"])  # expect: PYTHON-LAMBDA-SEC-014

    session = SessionLocal()
    query = text(f"SELECT * FROM customers WHERE email = '{params['email']}'")  # expect: PYTHON-LAMBDA-SEC-014
    customer = session.execute(query).first()

    # A column expression taken verbatim from the request.
    totals = session.execute(select(literal_column(params["aggregate"])).select_from(orders)).all()  # expect: PYTHON-LAMBDA-SEC-014
    return {"statusCode": 200, "body": json.dumps({"rows": len(rows), "customer": str(customer), "totals": str(totals)})}


def search_handler(event, context):
    body = json.loads(event["body"])
    where = "1 = 1"
    for field, value in body["filters"].items():
        where += f" AND {field} = '{value}'"
    with Session(engine) as session:
        return session.execute(text("SELECT * FROM products WHERE " + where)).all()  # expect: PYTHON-LAMBDA-SEC-014


def run_report(sql):
    # Reported here: the handler passes the request's SQL fragment.
    with engine.begin() as conn:
        return conn.execute(text(sql)).all()  # expect: PYTHON-LAMBDA-SEC-014


def report_handler(event, context):
    if event.get("kind") == "custom":
        sql = "SELECT region, SUM(total) FROM orders GROUP BY " + event["group_by"]
    else:
        sql = "SELECT region, SUM(total) FROM orders GROUP BY region"
    return {"statusCode": 200, "body": str(run_report(sql))}


def legacy_handler(event, context):
    # SQLAlchemy 1.x: Engine.execute() and a session object run plain strings.
    engine.execute("UPDATE orders SET status = 'cancelled' WHERE id = " + event["order_id"])  # expect: PYTHON-LAMBDA-SEC-014
    db_session = SessionLocal()
    db_session.execute("SELECT * FROM invoices WHERE number = '%s'" % event["invoice"])  # expect: PYTHON-LAMBDA-SEC-014
