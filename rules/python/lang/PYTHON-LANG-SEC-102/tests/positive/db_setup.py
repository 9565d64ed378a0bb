"""Database and cache connections for the shop back end."""

import os

import psycopg2
import pymysql
import pyodbc
import redis
from sqlalchemy import create_engine

REDIS_PASSWORD = "r3dis-cache-pw"


def pg():
    return psycopg2.connect(host="db", dbname="shop", user="shop", password="Sup3rS3cret!")  # expect: PYTHON-LANG-SEC-102


def mysql_legacy():
    return pymysql.connect("mysql.internal", "root", "toor", "shop")  # expect: PYTHON-LANG-SEC-102


engine = create_engine("postgresql://shop:hunter2@db:5432/shop", pool_pre_ping=True)  # expect: PYTHON-LANG-SEC-102

cache = redis.Redis(host="cache", port=6379, password=REDIS_PASSWORD)  # expect: PYTHON-LANG-SEC-102


def reporting():
    password = os.getenv("REPORTING_DB_PASSWORD", "changeme")  # expect: PYTHON-LANG-SEC-102
    return psycopg2.connect(host="reporting", user="report", password=password)


def mssql():
    return pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=mssql;UID=sa;PWD=Passw0rd;")  # expect: PYTHON-LANG-SEC-102


class Settings:
    def __init__(self):
        self.db_pass = "settings-pw-2024"

    def connect(self):
        return psycopg2.connect(host="db", user="shop", passwd=self.db_pass)  # expect: PYTHON-LANG-SEC-102
