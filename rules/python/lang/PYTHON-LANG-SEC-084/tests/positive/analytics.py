"""Analytics queries through SQLAlchemy and pandas."""

import pandas as pd
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2://analytics@db/analytics")


def daily_signups(day):
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM signups WHERE day = '{day}'")).scalar()  # expect: PYTHON-LANG-SEC-084


def raw_metric(conn, metric):
    return conn.exec_driver_sql("SELECT value FROM metrics WHERE name = '%s'" % metric).all()  # expect: PYTHON-LANG-SEC-084


def frame_for(campaign):
    return pd.read_sql(f"SELECT * FROM events WHERE campaign = '{campaign}'", engine)  # expect: PYTHON-LANG-SEC-084


def frame_for_region(region):
    return pd.read_sql_query(sql="SELECT * FROM events WHERE region = '" + region + "'", con=engine)  # expect: PYTHON-LANG-SEC-084


def session_cleanup(session, older_than):
    session.execute(statement="DELETE FROM sessions WHERE created < '{}'".format(older_than))  # expect: PYTHON-LANG-SEC-084


def user_events(cursor, user_id):
    query = "SELECT * FROM events WHERE user_id = " + user_id
    cursor.execute(query)  # todoruleid: PYTHON-LANG-SEC-084
    return cursor.fetchall()
