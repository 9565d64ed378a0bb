def handler(event, context):
    query = event["queryStringParameters"]["q"]
    page = "<html><body>No results for %s</body></html>" % query
    return {"statusCode": 404, "headers": {"content-type": "text/html; charset=utf-8"}, "body": page}
