"""Product catalogue API on DynamoDB (boto3 table resource and low-level client)."""

import json

import boto3

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("products")
client = boto3.client("dynamodb")


def lambda_handler(event, context):
    params = event["queryStringParameters"]

    # The attribute name is interpolated into the filter: field = "price > :v OR attribute_exists(cost)".
    items = table.scan(  # expect: PYTHON-LAMBDA-SEC-016
        FilterExpression=f"{params['field']} = :v",
        ExpressionAttributeValues={":v": params["value"]},
    )["Items"]

    # The caller picks which attributes come back, including internal ones.
    fields = ", ".join(params["fields"].split(","))
    page = table.query(KeyConditionExpression="pk = :pk", ProjectionExpression=fields, ExpressionAttributeValues={":pk": "CAT#shoes"})  # expect: PYTHON-LAMBDA-SEC-016
    return {"statusCode": 200, "body": json.dumps({"items": items, "page": page["Items"]}, default=str)}


def search_handler(event, context):
    # A "flexible" search endpoint that accepts a whole filter expression.
    body = json.loads(event["body"])
    return table.scan(FilterExpression=body["filter"], ExpressionAttributeValues=body["values"])["Items"]  # expect: PYTHON-LAMBDA-SEC-016


def update_handler(event, context):
    body = json.loads(event["body"])
    # Any attribute can be set, including "role" or "price".
    table.update_item(  # expect: PYTHON-LAMBDA-SEC-016
        Key={"pk": body["id"]},
        UpdateExpression="SET " + body["field"] + " = :v",
        ExpressionAttributeValues={":v": body["value"]},
    )


def range_query(prefix_clause):
    # Reported here: the handler passes the clause built from the event.
    return table.query(KeyConditionExpression="pk = :pk AND " + prefix_clause, ExpressionAttributeValues={":pk": "ORDER"})  # expect: PYTHON-LAMBDA-SEC-016


def orders_handler(event, context):
    if event.get("since"):
        clause = "sk >= {}".format(event["since"])
    else:
        clause = "begins_with(sk, :p)"
    return range_query(clause)


def partiql_handler(event, context):
    # PartiQL with the key concatenated into the statement.
    for record in event["Records"]:
        sku = json.loads(record["body"])["sku"]
        client.execute_statement(Statement=f"SELECT * FROM products WHERE pk = '{sku}'")  # expect: PYTHON-LAMBDA-SEC-016


def delete_handler(event, context):
    table.delete_item(Key={"pk": event["id"]}, ConditionExpression="owner = " + event["owner"])  # expect: PYTHON-LAMBDA-SEC-016
