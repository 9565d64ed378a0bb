"""Safe look-alikes: https URLs, local services, cloud metadata, and URLs that are not requested."""

import httpx
import requests

PARTNER_API = "https://api.partner-weather.example.com/v2"
LOCAL_AGENT = "http://127.0.0.1:8125/metrics"
METADATA = "http://169.254.169.254/latest/meta-data/instance-id"


def forecast(city, api_key):
    return requests.get(PARTNER_API + "/forecast", params={"q": city}, headers={"X-Api-Key": api_key})  # ok: PYTHON-LANG-SEC-060


def push_metrics(lines):
    return requests.post(LOCAL_AGENT, data="\n".join(lines))  # ok: PYTHON-LANG-SEC-060


def dev_server_health():
    return requests.get("http://localhost:8000/health").ok  # ok: PYTHON-LANG-SEC-060


def ipv6_health():
    return httpx.get("http://[::1]:8080/health").status_code  # ok: PYTHON-LANG-SEC-060


def instance_id():
    return requests.get(METADATA, timeout=1).text  # ok: PYTHON-LANG-SEC-060


def gcp_project():
    return requests.get(  # ok: PYTHON-LANG-SEC-060
        "http://metadata.google.internal/computeMetadata/v1/project/project-id",
        headers={"Metadata-Flavor": "Google"},
    ).text


def session_with_upgrade():
    s = requests.Session()
    s.mount("http://", requests.adapters.HTTPAdapter(max_retries=3))  # ok: PYTHON-LANG-SEC-060
    return s.get("https://api.partner-weather.example.com/v2/obs")  # ok: PYTHON-LANG-SEC-060


def through_proxy():
    # The proxy URL is http://, the target is https://: the tunnel carries TLS end to end.
    return requests.get(  # ok: PYTHON-LANG-SEC-060
        "https://api.partner-weather.example.com/v2/obs",
        proxies={"http": "http://proxy.corp:3128", "https": "http://proxy.corp:3128"},
    )


def config_lookup(settings):
    return settings.get("http://legacy-key")  # ok: PYTHON-LANG-SEC-060


def secure_client():
    return httpx.Client(base_url="https://radar.example.com")  # ok: PYTHON-LANG-SEC-060


def local_client():
    return httpx.Client(base_url="http://localhost:9000")  # ok: PYTHON-LANG-SEC-060


def any_local_interface():
    return requests.get("http://0.0.0.0:5000/")  # ok: PYTHON-LANG-SEC-060
