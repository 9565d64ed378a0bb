"""Safe look-alikes: placeholders, Key()/Attr() conditions, PartiQL parameters, allow-lists."""

import json
import os

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(os.environ.get("TABLE_NAME", "products"))
client = boto3.client("dynamodb")
PROJECTIONS = {"summary": "pk, title, price", "full": "pk, title, price, description"}
settings = {"default_filter": "in_stock = :t"}


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    body = json.loads(event["body"])

    # Values through placeholders.
    table.scan(FilterExpression="category = :c", ExpressionAttributeValues={":c": params["category"]})  # ok: PYTHON-LAMBDA-SEC-016
    table.update_item(  # ok: PYTHON-LAMBDA-SEC-016
        Key={"pk": body["id"]},
        UpdateExpression="SET #s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": body["status"]},
    )

    # Key()/Attr() conditions.
    table.query(KeyConditionExpression=Key("pk").eq(params["id"]))  # ok: PYTHON-LAMBDA-SEC-016
    table.scan(FilterExpression=Attr("category").eq(params["category"]) & Attr("price").lt(int(params["max"])))  # ok: PYTHON-LAMBDA-SEC-016
    condition = Key("pk").eq("ORDER") & Key("sk").begins_with(params["prefix"])
    table.query(KeyConditionExpression=condition)  # ok: PYTHON-LAMBDA-SEC-016

    # PartiQL with parameters; a key value in Key= is not an expression.
    client.execute_statement(Statement="SELECT * FROM products WHERE pk = ?", Parameters=[{"S": params["id"]}])  # ok: PYTHON-LAMBDA-SEC-016
    table.get_item(Key={"pk": params["id"]}, ProjectionExpression=PROJECTIONS[params["view"]])  # ok: PYTHON-LAMBDA-SEC-016
    table.delete_item(Key={"pk": body["id"]}, ConditionExpression="attribute_exists(pk)")  # ok: PYTHON-LAMBDA-SEC-016

    # Configuration .get(); replaced by a constant; only compared.
    table.scan(FilterExpression=settings.get("default_filter"), ExpressionAttributeValues={":t": True})  # ok: PYTHON-LAMBDA-SEC-016
    projection = params.get("fields")
    projection = "pk, title"
    table.scan(ProjectionExpression=projection)  # ok: PYTHON-LAMBDA-SEC-016
    if params.get("all") == "yes":
        table.scan(FilterExpression="attribute_exists(pk)")  # ok: PYTHON-LAMBDA-SEC-016
    return {"statusCode": 200}
