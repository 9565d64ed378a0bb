"""Weather aggregation service: pulls forecasts from partner APIs and pushes alerts."""

import requests
import requests as rq
from requests import get as http_get

PARTNER_API = "http://api.partner-weather.example.com/v2"
FORECAST_URL = PARTNER_API + "/forecast"
ALERT_WEBHOOK = "http://hooks.example.net/alerts"


def forecast(city, api_key):
    resp = requests.get(FORECAST_URL, params={"q": city}, headers={"X-Api-Key": api_key})  # expect: PYTHON-LANG-SEC-060
    return resp.json()


def push_alert(alert):
    return requests.post(url=ALERT_WEBHOOK, json=alert, timeout=5)  # expect: PYTHON-LANG-SEC-060


def station_list():
    return http_get("http://stations.example.org/list.json").json()  # expect: PYTHON-LANG-SEC-060


def delete_subscription(sub_id, token):
    return rq.request("DELETE", "http://api.partner-weather.example.com/v2/subs", params={"id": sub_id}, auth=("svc", token))  # expect: PYTHON-LANG-SEC-060


class PartnerClient:
    def __init__(self, user, password):
        self.session = requests.Session()
        self.session.auth = (user, password)

    def observations(self):
        return self.session.get("http://api.partner-weather.example.com/v2/obs").json()  # expect: PYTHON-LANG-SEC-060

    def upload(self, payload):
        return self.session.request("PUT", "http://upload.partner-weather.example.com/v2/batch", data=payload)  # expect: PYTHON-LANG-SEC-060


def fetch_with(session, path):
    # A session passed in: recognised by its name.
    return session.get("http://mirror.example.org" + "/data/" + "latest.csv")  # expect: PYTHON-LANG-SEC-060
