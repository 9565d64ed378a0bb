"""Shop front: the client's choices end up in the server-side session."""

from django.http import JsonResponse
from django.views import View
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SHOP_SECRET"]


@app.route("/role", methods=["POST"])
def choose_role():
    # Later code trusts session["role"] for authorisation.
    session["role"] = request.form["role"]  # expect: PYTHON-LANG-SEC-112
    return {"ok": True}


@app.route("/cart/price", methods=["POST"])
def set_price():
    item = request.get_json()
    session.update({"price": item["price"], "sku": item["sku"]})  # expect: PYTHON-LANG-SEC-112
    return {"ok": True}


@app.route("/prefs/<key>")
def prefs(key):
    session[key] = True  # expect: PYTHON-LANG-SEC-112
    return {"ok": True}


def impersonate(request):
    """Django view: the user name to act as comes from a header."""
    request.session["acting_as"] = request.headers.get("X-Act-As", "")  # expect: PYTHON-LANG-SEC-112
    return JsonResponse({"ok": True})


class DiscountView(View):
    def post(self, request):
        code = self.request.POST.get("discount", "")
        self.request.session.setdefault("discount", code)  # expect: PYTHON-LANG-SEC-112
        return JsonResponse({"ok": True})
