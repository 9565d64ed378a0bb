def handler(event, context):
    host = event["pathParameters"]["tenant"]
    location = "https://" + host + "/welcome"
    return {"statusCode": 302, "headers": {"Location": location}}
