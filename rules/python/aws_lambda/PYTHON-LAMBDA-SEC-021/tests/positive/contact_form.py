"""Contact-form and digest Lambdas that write their HTML by hand."""

import json

import boto3
from markupsafe import Markup

ses = boto3.client("ses")


def render_page(content):
    return "<!doctype html><html><body>" + content + "</body></html>"


def send_html(subject, html_body):
    ses.send_email(
        Source="noreply@example.com",
        Destination={"ToAddresses": ["team@example.com"]},
        Message={"Subject": {"Data": subject}, "Body": {"Html": {"Data": html_body}}},
    )


def lambda_handler(event, context):
    form = json.loads(event["body"])
    # The visitor's name in the thank-you page.
    page = render_page(f"<h1>Thanks, {form['name']}!</h1>")  # expect: PYTHON-LAMBDA-SEC-021

    # The message in the e-mail sent to the team (HTML mail).
    send_html("New message", "<p>From: " + form["email"] + "</p><blockquote>" + form["message"] + "</blockquote>")  # expect: PYTHON-LAMBDA-SEC-021
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


def digest_handler(event, context):
    items = []
    for record in event["Records"]:
        msg = json.loads(record["body"])
        items.append("<li><a href='{}'>{}</a></li>".format(msg["url"], msg["title"]))  # expect: PYTHON-LAMBDA-SEC-021
    send_html("Daily digest", "<ul>" + "".join(items) + "</ul>")  # expect: PYTHON-LAMBDA-SEC-021


def greeting_handler(event, context):
    params = event["queryStringParameters"] or {}
    if params.get("lang") == "de":
        greeting = "Hallo " + params["name"]
    else:
        greeting = "Hello " + params["name"]
    return {"statusCode": 200, "body": render_page("<h1>%s</h1>" % greeting)}  # expect: PYTHON-LAMBDA-SEC-021


def notice(text):
    # Reported here: the handler below passes event data.
    return render_page("<div class='notice'>" + text + "</div>")  # expect: PYTHON-LAMBDA-SEC-021


def profile_handler(event, context):
    bio = Markup(event["bio"])  # expect: PYTHON-LAMBDA-SEC-021
    return {"statusCode": 200, "body": notice(event["pathParameters"]["user"]) + bio}


def inline_handler(event, context):
    # Built directly in the proxy response dictionary: no call receives the markup.
    return {"statusCode": 200, "body": f"<p>{event['queryStringParameters']['q']}</p>"}  # todoruleid: PYTHON-LAMBDA-SEC-021
