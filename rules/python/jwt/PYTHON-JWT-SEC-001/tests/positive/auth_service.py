"""Token issuing for the mobile API."""

import datetime

import jwt

JWT_SECRET = "s3cr3t-signing-key-2019"
ALGORITHM = "HS256"


def issue_access_token(user_id):
    payload = {
        "sub": str(user_id),
        "exp": datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=15),
    }
    return jwt.encode(payload, JWT_SECRET, algorithm=ALGORITHM)  # expect: PYTHON-JWT-SEC-001


def read_access_token(token):
    return jwt.decode(token, "s3cr3t-signing-key-2019", algorithms=[ALGORITHM])  # expect: PYTHON-JWT-SEC-001


class RefreshTokens:
    def __init__(self):
        self.key = "refresh-" + "key-v1"

    def issue(self, user_id):
        return jwt.encode({"sub": user_id, "typ": "refresh"}, key=self.key, algorithm="HS512")  # expect: PYTHON-JWT-SEC-001

    def read(self, token):
        return jwt.decode(token, key=self.key, algorithms=["HS512"])  # expect: PYTHON-JWT-SEC-001


def issue_unsigned_test_token(user_id):
    # An empty key still signs: anyone can compute the HMAC.
    return jwt.encode({"sub": user_id}, "", algorithm="HS256")  # expect: PYTHON-JWT-SEC-001


def issue_service_token(service):
    return jwt.encode({"svc": service}, b"service-key", algorithm="HS256")  # todoruleid: PYTHON-JWT-SEC-001
