"""Credentials read at run time; literals only for non-secret settings, empty values or placeholders."""

import argparse
import getpass
import os
import smtplib

import psycopg2
import redis
from django.conf import settings
from sqlalchemy import create_engine

from shop.config import DB_PASSWORD


def pg():
    return psycopg2.connect(host="db", user="shop", password=os.environ["DB_PASSWORD"])  # ok: PYTHON-LANG-SEC-102


def pg_from_settings():
    return psycopg2.connect(host="db", user="shop", password=settings.DATABASE_PASSWORD)  # ok: PYTHON-LANG-SEC-102


def pg_from_config():
    return psycopg2.connect(host="db", user="shop", password=DB_PASSWORD)  # ok: PYTHON-LANG-SEC-102


def local_dev():
    # Empty and missing passwords are a different problem (and common for local sockets).
    cache = redis.Redis(host="localhost", password="")  # ok: PYTHON-LANG-SEC-102
    db = psycopg2.connect(dbname="dev", password=None)  # ok: PYTHON-LANG-SEC-102
    return cache, db


def interactive():
    return psycopg2.connect(host="db", user="admin", password=getpass.getpass("Password: "))  # ok: PYTHON-LANG-SEC-102


def send_alert(user, password, text):
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.login(user, password)  # ok: PYTHON-LANG-SEC-102
        smtp.sendmail(user, ["ops@example.com"], text)


def engines(user, pw):
    a = create_engine("postgresql://shop@db:5432/shop")  # ok: PYTHON-LANG-SEC-102
    b = create_engine(f"postgresql://{user}:{pw}@db:5432/shop")  # ok: PYTHON-LANG-SEC-102
    c = create_engine("postgresql://shop:${DB_PASSWORD}@db/shop")  # ok: PYTHON-LANG-SEC-102
    return a, b, c


def env_defaults():
    host = os.getenv("DB_HOST", "localhost")  # ok: PYTHON-LANG-SEC-102
    pw = os.getenv("DB_PASSWORD", "")  # ok: PYTHON-LANG-SEC-102
    return host, pw


def cli():
    parser = argparse.ArgumentParser()
    parser.add_argument("--password", help="database password (prompted when omitted)")  # ok: PYTHON-LANG-SEC-102
    parser.add_argument("--host", default="localhost")  # ok: PYTHON-LANG-SEC-102
    return parser.parse_args()


def validate(form_data):
    errors = {}
    if len(form_data.get("password", "")) < 12:
        errors["password"] = "Use at least 12 characters."  # ok: PYTHON-LANG-SEC-102
    return errors


def templates():
    return dict(user="{{ db_user }}", password="{{ db_password }}")  # ok: PYTHON-LANG-SEC-102


def dsn_without_password():
    return psycopg2.connect("dbname=shop user=shop host=/var/run/postgresql")  # ok: PYTHON-LANG-SEC-102


def docker_secrets():
    secret_file = os.getenv("POSTGRES_PASSWORD_FILE", "/run/secrets/postgres")  # ok: PYTHON-LANG-SEC-102
    min_length = os.environ.get("PASSWORD_MIN_LENGTH", "12")  # ok: PYTHON-LANG-SEC-102
    return secret_file, min_length
