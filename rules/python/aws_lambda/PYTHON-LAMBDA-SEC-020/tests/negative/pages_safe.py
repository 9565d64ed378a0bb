"""Safe look-alikes: escaped values, JSON and plain-text responses, constants and configuration."""

import html
import json
import os

import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from chalice import Chalice
from chalice import Response as ChaliceResponse
from markupsafe import escape

app = APIGatewayRestResolver()
chalice_app = Chalice(app_name="pages")
s3 = boto3.client("s3")
SITE_TITLE = os.environ.get("SITE_TITLE", "Reports")
THEMES = {"dark": "<body class='dark'>", "light": "<body>"}
settings = {"footer": "<p>Contact us</p>"}


@app.get("/welcome")
def welcome():
    name = app.current_event.get_query_string_value(name="name", default_value="friend")
    # Escaped.
    Response(status_code=200, content_type=content_types.TEXT_HTML, body=f"<h1>Welcome {html.escape(name)}</h1>")  # ok: PYTHON-LAMBDA-SEC-020
    Response(200, "text/html", "<p>" + escape(name) + "</p>")  # ok: PYTHON-LAMBDA-SEC-020
    # JSON and plain text are not rendered as HTML.
    Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=json.dumps({"name": name}))  # ok: PYTHON-LAMBDA-SEC-020
    return Response(status_code=200, content_type="text/plain", body="Hello " + name)  # ok: PYTHON-LAMBDA-SEC-020


@chalice_app.route("/theme")
def theme():
    params = chalice_app.current_request.query_params
    # Allow-listed fragment, configuration values, a converted number.
    ChaliceResponse(body=THEMES[params["theme"]] + settings.get("footer"), headers={"Content-Type": "text/html"})  # ok: PYTHON-LAMBDA-SEC-020
    ChaliceResponse(body="<p>Page %d</p>" % int(params["page"]), headers={"Content-Type": "text/html"})  # ok: PYTHON-LAMBDA-SEC-020
    # JSON body for the same data.
    return ChaliceResponse(body={"theme": params["theme"]}, headers={"Content-Type": "application/json"})  # ok: PYTHON-LAMBDA-SEC-020


def sqs_handler(event, context):
    for record in event["Records"]:
        report = json.loads(record["body"])
        title = report.get("title")
        title = SITE_TITLE
        s3.put_object(Bucket="reports-site", Key="latest.html", Body=f"<h2>{title}</h2>", ContentType="text/html")  # ok: PYTHON-LAMBDA-SEC-020
        # Raw data stored as JSON, not served as a page.
        s3.put_object(Bucket="reports-data", Key="latest.json", Body=json.dumps(report), ContentType="application/json")  # ok: PYTHON-LAMBDA-SEC-020


def proxy_response_escaped(event, context):
    name = event["queryStringParameters"]["name"]
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": f"<h1>Hi {html.escape(name)}</h1>"}  # ok: PYTHON-LAMBDA-SEC-020


def proxy_response_json(event, context):
    # A JSON answer: the browser does not render it as a page.
    name = event["queryStringParameters"]["name"]
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"name": name})}  # ok: PYTHON-LAMBDA-SEC-020


def proxy_response_plain(event, context):
    # No Content-Type: API Gateway answers with application/json.
    return {"statusCode": 200, "body": "<p>" + event["name"] + "</p>"}  # ok: PYTHON-LAMBDA-SEC-020
