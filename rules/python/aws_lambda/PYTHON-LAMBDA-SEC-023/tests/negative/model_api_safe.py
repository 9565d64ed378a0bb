"""Safe look-alikes: JSON payloads, trusted model files, signed payloads, constants."""

import base64
import json
import os
import pickle

import boto3
import joblib
from itsdangerous import Signer

s3 = boto3.client("s3")
MODEL_BUCKET = os.environ.get("MODEL_BUCKET", "models-prod")
signer = Signer(os.environ["STATE_SECRET"])
MODELS = {"churn": "/opt/models/churn.pkl", "fraud": "/opt/models/fraud.pkl"}
settings = {"cache_path": "/tmp/cache.pkl"}


def lambda_handler(event, context):
    # Data-only format for the request.
    features = json.loads(event["body"])["features"]

    # The model comes from the deployment package or a fixed S3 key, not from the caller.
    model = joblib.load("/opt/model.joblib")  # ok: PYTHON-LAMBDA-SEC-023
    blob = s3.get_object(Bucket=MODEL_BUCKET, Key="current/model.pkl")["Body"].read()
    scorer = pickle.loads(blob)  # ok: PYTHON-LAMBDA-SEC-023

    # The caller only picks one of the bundled models.
    with open(MODELS[event["queryStringParameters"]["model"]], "rb") as fh:
        chosen = pickle.load(fh)  # ok: PYTHON-LAMBDA-SEC-023

    # State round-tripped through the client is signed; unsign() verifies it before it is unpickled.
    state = event["queryStringParameters"]["state"]
    previous = pickle.loads(signer.unsign(base64.urlsafe_b64decode(state)))  # ok: PYTHON-LAMBDA-SEC-023

    # Configuration path; replaced by a constant; only compared.
    with open(settings.get("cache_path"), "rb") as fh:
        cache = pickle.load(fh)  # ok: PYTHON-LAMBDA-SEC-023
    path = event.get("snapshot")
    path = "/tmp/last.pkl"
    with open(path, "rb") as fh:
        last = pickle.load(fh)  # ok: PYTHON-LAMBDA-SEC-023
    if event.get("warm") == "yes":
        pickle.loads(pickle.dumps({"warm": True}))  # ok: PYTHON-LAMBDA-SEC-023
    return {"statusCode": 200, "body": json.dumps({"n": len(features), "types": [type(x).__name__ for x in (model, scorer, chosen, previous, cache, last)]})}
