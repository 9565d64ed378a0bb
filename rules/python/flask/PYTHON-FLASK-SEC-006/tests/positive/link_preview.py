"""Link previews and webhooks: the server fetches URLs that clients send."""

import urllib.request

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    # ?url=http://169.254.169.254/latest/meta-data/iam/security-credentials/
    page = requests.get(request.args["url"], timeout=5)  # expect: PYTHON-FLASK-SEC-006
    return jsonify(title=page.text[:200])


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    hook = request.get_json()
    target = hook.get("endpoint")
    resp = requests.post(target, json={"ping": True}, timeout=5)  # expect: PYTHON-FLASK-SEC-006
    return jsonify(status=resp.status_code)


@app.route("/proxy/<path:rest>")
def proxy(rest):
    base = request.headers.get("X-Upstream", "http://backend:8080")
    if request.args.get("v2"):
        url = "%s/v2/%s" % (base, request.view_args["rest"])
    else:
        url = base + "/" + request.view_args["rest"]
    upstream = urllib.request.urlopen(url, timeout=5)  # expect: PYTHON-FLASK-SEC-006
    return upstream.read()


@app.route("/avatars", methods=["POST"])
def import_avatars():
    sizes = []
    for link in request.form.getlist("avatar_url"):
        sizes.append(len(requests.request("GET", link, timeout=5).content))  # expect: PYTHON-FLASK-SEC-006
    return jsonify(sizes=sizes)


@app.route("/feeds")
def feed():
    feed_url = f"{request.args.get('site', '')}/rss.xml"
    req = urllib.request.Request(feed_url, headers={"User-Agent": "preview-bot"})
    return urllib.request.urlopen(req, timeout=5).read()  # expect: PYTHON-FLASK-SEC-006
