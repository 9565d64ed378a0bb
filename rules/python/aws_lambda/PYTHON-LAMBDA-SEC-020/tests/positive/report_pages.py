"""API Gateway handlers and a Powertools resolver that answer with HTML, and a report published to S3."""

import json

import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

app = APIGatewayRestResolver()
s3 = boto3.client("s3")


@app.get("/welcome")
def welcome():
    name = app.current_event.get_query_string_value(name="name", default_value="friend")
    return Response(status_code=200, content_type=content_types.TEXT_HTML, body=f"<h1>Welcome {name}</h1>")  # expect: PYTHON-LAMBDA-SEC-020


@app.get("/error")
def error():
    reason = app.current_event.query_string_parameters["reason"]
    return Response(400, "text/html", "<p>Bad request: " + reason + "</p>")  # expect: PYTHON-LAMBDA-SEC-020


def publish_report(title, rows):
    # Reported here: the SQS handler passes message data. The page is served from S3/CloudFront.
    body = "<h2>{}</h2><table>{}</table>".format(title, "".join(rows))
    s3.put_object(Bucket="reports-site", Key="latest.html", Body=body, ContentType="text/html")  # expect: PYTHON-LAMBDA-SEC-020


def sqs_handler(event, context):
    for record in event["Records"]:
        report = json.loads(record["body"])
        publish_report(report["title"], [f"<tr><td>{r}</td></tr>" for r in report["rows"]])


def lambda_handler(event, context):
    # The API Gateway proxy response dictionary: its body is sent as the HTML page.
    name = event["queryStringParameters"]["name"]
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": f"<h1>Hi {name}</h1>"}  # ruleid: PYTHON-LAMBDA-SEC-020


def url_handler(event, context):
    title = json.loads(event["body"]).get("title", "")
    page = "<html><body><h2>%s</h2></body></html>" % title.strip()
    # ruleid: PYTHON-LAMBDA-SEC-020
    return {
        "statusCode": 200,
        "headers": {"content-type": "text/html; charset=utf-8"},
        "body": page,
    }
