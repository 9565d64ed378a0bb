"""Sign-ups written to CSV without raw request text: escaped cells, numbers, server-side values."""

import csv
import io
import os

from defusedcsv import csv as defused_csv
from flask import Flask, Response, current_app, jsonify, request

app = Flask(__name__)
SIGNUPS = "/srv/events/signups.csv"
TEAMS = {"red": "Team Red", "blue": "Team Blue"}


@app.route("/signup", methods=["POST"])
def signup():
    with open(SIGNUPS, "a", newline="") as fh:
        # defusedcsv escapes cells that start with formula characters.
        writer = defused_csv.writer(fh)
        writer.writerow([request.form["name"], request.form.get("email", "")])  # ok: PYTHON-FLASK-SEC-009
    return jsonify(ok=True)


@app.route("/signup/count", methods=["POST"])
def signup_count():
    seats = int(request.form.get("seats", "1"))
    with open(SIGNUPS, "a", newline="") as fh:
        csv.writer(fh).writerow(["seats", seats])  # ok: PYTHON-FLASK-SEC-009
    return jsonify(ok=True)


@app.route("/export")
def export():
    # Values from configuration, the environment and a constant table.
    title = current_app.config.get("EXPORT_TITLE", "Sign-ups")
    host = os.environ.get("HOSTNAME", "localhost")
    team = TEAMS.get("red")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title, host, team])  # ok: PYTHON-FLASK-SEC-009
    label = request.args.get("label", "all")
    label = "all"
    writer.writerow(["filter", label])  # ok: PYTHON-FLASK-SEC-009
    return Response(out.getvalue(), mimetype="text/csv")


@app.route("/signup/team", methods=["POST"])
def signup_team():
    with open(SIGNUPS, "a", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["team", "members"])
        # The team name comes from the constant table; the member count is a number.
        writer.writerow({"team": TEAMS[request.form["team"]], "members": len(request.form.getlist("member"))})  # ok: PYTHON-FLASK-SEC-009
        writer.writerows([{"team": "total", "members": int(request.form.get("total", "0"))}])  # ok: PYTHON-FLASK-SEC-009
    return jsonify(ok=True)
