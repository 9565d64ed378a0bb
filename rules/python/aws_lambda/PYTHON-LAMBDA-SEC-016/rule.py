from codepathfinder import attribute, calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class Conditions(QueryType):
    """boto3's condition builders: Key("pk").eq(v), Attr("price").lt(v) put values in placeholders."""

    fqns = ["boto3.dynamodb.conditions.Key", "boto3.dynamodb.conditions.Attr"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-016",
    name="Lambda DynamoDB Filter Injection",
    severity="HIGH",
    category="aws_lambda",
    cwe="CWE-943",
    owasp="A03:2021",
    message="Data from the Lambda event is built into a DynamoDB expression or PartiQL statement. Keep expressions constant, pass values through ExpressionAttributeValues (or Key()/Attr() conditions, or PartiQL Parameters=), and map attribute names through an allow-list.",
)
def detect_lambda_dynamodb_injection():
    """Lambda event data in DynamoDB filter/key/projection/condition/update expressions or a PartiQL statement."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Table resources and low-level clients take the same keyword arguments. Only expression strings
            # are checked: values belong in ExpressionAttributeValues, which is not a sink.
            calls("*.scan", "*.query").tracks("FilterExpression", "KeyConditionExpression", "ProjectionExpression"),
            calls("*.update_item").tracks("UpdateExpression", "ConditionExpression"),
            calls("*.put_item", "*.delete_item").tracks("ConditionExpression"),
            calls("*.get_item").tracks("ProjectionExpression"),
            # PartiQL: values belong in Parameters=.
            calls("*.execute_statement").tracks("Statement"),
        ],
        sanitized_by=[
            # Conditions built with Key()/Attr(): boto3 turns names and values into placeholders.
            calls("boto3.dynamodb.conditions.Key", "boto3.dynamodb.conditions.Attr"),
            Conditions.method(
                "eq", "ne", "lt", "lte", "gt", "gte", "begins_with", "between", "is_in",
                "exists", "not_exists", "contains", "size", "attribute_type",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
