"""Safe look-alikes for pymssql: parameters, conversions, allow-lists, configuration."""

import os

import pymssql

conn = pymssql.connect(server=os.environ["DB_HOST"], user="hr_api", password=os.environ["DB_PASSWORD"], database="hr")
SCHEMA = os.environ.get("HR_SCHEMA", "dbo")
COLUMNS = {"name": "last_name", "hired": "hire_date"}
defaults = {"department": "engineering"}


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    cursor = conn.cursor(as_dict=True)

    # Parameters, quoted by the driver (%s for strings, %d for numbers).
    cursor.execute("SELECT * FROM employees WHERE department = %s", (params["department"],))  # ok: PYTHON-LAMBDA-SEC-012
    cursor.execute("SELECT * FROM employees WHERE manager_id = %d", event["pathParameters"]["manager"])  # ok: PYTHON-LAMBDA-SEC-012
    cursor.execute("SELECT * FROM employees WHERE name LIKE %s", ("%" + params["search"] + "%",))  # ok: PYTHON-LAMBDA-SEC-012
    cursor.executemany("UPDATE employees SET title = %s WHERE id = %d", [(c["title"], c["id"]) for c in event["changes"]])  # ok: PYTHON-LAMBDA-SEC-012

    # Converted, allow-listed, configured.
    cursor.execute("SELECT TOP %d * FROM employees" % int(params["limit"]))  # ok: PYTHON-LAMBDA-SEC-012
    cursor.execute("SELECT * FROM employees ORDER BY " + COLUMNS[params["order"]])  # ok: PYTHON-LAMBDA-SEC-012
    cursor.execute(f"SELECT COUNT(*) FROM {SCHEMA}.employees")  # ok: PYTHON-LAMBDA-SEC-012
    cursor.execute("SELECT * FROM employees WHERE department = '%s'" % defaults.get("department"))  # ok: PYTHON-LAMBDA-SEC-012

    # Replaced by a constant; only compared.
    department = params.get("department")
    department = "sales"
    cursor.execute("SELECT * FROM employees WHERE department = '" + department + "'")  # ok: PYTHON-LAMBDA-SEC-012
    if params.get("active") == "1":
        cursor.execute("SELECT * FROM employees WHERE active = 1")  # ok: PYTHON-LAMBDA-SEC-012
    return {"statusCode": 200}
