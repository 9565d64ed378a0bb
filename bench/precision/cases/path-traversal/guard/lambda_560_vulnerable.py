ROOT = "/srv/exports"


def handler(event, context):
    full = ROOT + "/" + event["pathParameters"]["export"]
    if not full.startswith(ROOT):
        return {"statusCode": 403}
    with open(full) as fh:
        return {"statusCode": 200, "body": fh.read()}
