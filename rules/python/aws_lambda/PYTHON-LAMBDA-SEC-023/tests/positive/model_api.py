"""Model-serving and job-runner Lambdas that exchange Python objects as pickles."""

import base64
import io
import json
import pickle
import urllib.parse

import boto3
import cloudpickle
import joblib

s3 = boto3.client("s3")


def lambda_handler(event, context):
    # API Gateway: the request body is a base64 pickle of the feature vector.
    features = pickle.loads(base64.b64decode(event["body"]))  # expect: PYTHON-LAMBDA-SEC-023
    return {"statusCode": 200, "body": json.dumps({"n": len(features)})}


def state_handler(event, context):
    # The "state" query parameter round-trips a pickled object through the client.
    state = event["queryStringParameters"].get("state")
    if state:
        previous = pickle.loads(base64.urlsafe_b64decode(state))  # expect: PYTHON-LAMBDA-SEC-023
    else:
        previous = {}
    return {"statusCode": 200, "body": json.dumps({"keys": list(previous)})}


def upload_handler(event, context):
    # S3 notification: whoever can upload to the bucket decides which bytes are unpickled.
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        obj = s3.get_object(Bucket=bucket, Key=key)
        model = joblib.load(io.BytesIO(obj["Body"].read()))  # expect: PYTHON-LAMBDA-SEC-023
        print(type(model).__name__)


def run_job(payload):
    # Reported here: the SQS handler passes message data.
    func, args = cloudpickle.loads(payload)  # expect: PYTHON-LAMBDA-SEC-023
    return func(*args)


def worker_handler(event, context):
    for message in event["Records"]:
        run_job(base64.b64decode(message["body"]))


def restore_handler(event, context):
    with open("/tmp/" + event["snapshot"], "rb") as fh:
        return pickle.load(fh)  # expect: PYTHON-LAMBDA-SEC-023
