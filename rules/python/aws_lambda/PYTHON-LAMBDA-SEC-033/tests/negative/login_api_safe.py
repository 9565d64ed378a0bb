"""Safe look-alikes: fixed local paths, allow-listed hosts, event values in other headers or the body."""

from urllib.parse import quote, urlparse

ALLOWED_HOSTS = {"example.com", "www.example.com"}
PAGES = {"home": "/", "account": "/account"}


def after_login(event, context):
    nxt = (event.get("queryStringParameters") or {}).get("next", "/")
    # A path under a fixed local prefix: the site cannot change.
    return {"statusCode": 302, "headers": {"Location": "/profile/" + quote(nxt)}}  # ok: PYTHON-LAMBDA-SEC-033


def legacy(event, context):
    target = event["queryStringParameters"]["next"]
    parts = urlparse(target)
    if parts.netloc and parts.netloc not in ALLOWED_HOSTS:
        return {"statusCode": 302, "headers": {"Location": "/"}}  # ok: PYTHON-LAMBDA-SEC-033
    if target.startswith("//") or target.startswith("/\\"):
        return {"statusCode": 400}
    return {"statusCode": 302, "headers": {"Location": target}}  # ok: PYTHON-LAMBDA-SEC-033


def multi(event, context):
    page = PAGES.get(event["page"], "/")
    return {"statusCode": 302, "multiValueHeaders": {"Location": [page]}}  # ok: PYTHON-LAMBDA-SEC-033


def echo(event, context):
    # The event value goes into the body and a custom header, not into Location.
    name = event["name"]
    return {"statusCode": 302, "headers": {"Location": "/done", "X-Request-Name": name}, "body": name}  # ok: PYTHON-LAMBDA-SEC-033
