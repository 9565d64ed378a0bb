from pathlib import Path

ROOT = "/srv/exports"


def handler(event, context):
    target = (Path(ROOT) / event["pathParameters"]["export"]).resolve()
    if not str(target).startswith(ROOT + "/"):
        return {"statusCode": 403}
    return {"statusCode": 200, "body": target.read_text()}
