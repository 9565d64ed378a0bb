def handler(event, context):
    query = event["queryStringParameters"]["q"]
    return {"statusCode": 200, "headers": {"Content-Type": "text/plain"}, "body": "You searched " + query}
