"""Reporting endpoints on PostgreSQL: psycopg2, SQLAlchemy textual SQL and pandas."""

import pandas as pd
import psycopg2
from flask import Blueprint, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import create_engine, text

db = SQLAlchemy()
engine = create_engine("postgresql://reports@localhost/reports")
reports = Blueprint("reports", __name__)


@reports.route("/reports/sales")
def sales():
    region = request.args["region"]
    conn = psycopg2.connect("dbname=reports")
    with conn.cursor() as cur:
        cur.execute(query="SELECT sum(total) FROM sales WHERE region = '%s'" % region)  # expect: PYTHON-FLASK-SEC-003
        return jsonify(total=cur.fetchone()[0])


@reports.route("/reports/users")
def users():
    name = request.values.get("name", "")
    rows = db.session.execute(text(f"SELECT id FROM users WHERE name = '{name}'"))  # expect: PYTHON-FLASK-SEC-003
    return jsonify([r.id for r in rows])


@reports.route("/reports/export")
def export():
    table = request.args.get("table", "sales")
    frame = pd.read_sql("SELECT * FROM " + table, engine)  # expect: PYTHON-FLASK-SEC-003
    return frame.to_json()


@reports.route("/reports/raw", methods=["POST"])
def raw_filter():
    where_clause = request.form["where"]
    with engine.connect() as conn:
        stmt = "SELECT * FROM audit_log WHERE " + where_clause
        result = conn.execute(text(stmt))  # expect: PYTHON-FLASK-SEC-003
        return jsonify([dict(r._mapping) for r in result])
