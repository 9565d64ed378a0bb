"""Session writes of values the server decided or looked up itself."""

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View
from flask import Flask, request, session

from shop.models import Product, User

app = Flask(__name__)
app.secret_key = __import__("os").environ["SHOP_SECRET"]
ROLES = {"buyer": "buyer", "seller": "seller"}


@app.route("/login", methods=["POST"])
def login():
    user = User.query.filter_by(name=request.form["name"]).first()
    if user is None or not user.check_password(request.form["password"]):
        return {"ok": False}, 401
    session["user_id"] = user.id  # ok: PYTHON-LANG-SEC-112
    return {"ok": True}


@app.route("/cart/add", methods=["POST"])
def add():
    product = Product.query.get_or_404(int(request.form["product_id"]))
    session.update({"price": product.price, "sku": product.sku})  # ok: PYTHON-LANG-SEC-112
    session["qty"] = int(request.form.get("qty", "1"))  # ok: PYTHON-LANG-SEC-112
    return {"ok": True}


@app.route("/visits")
def visits():
    session["visits"] = session.get("visits", 0) + 1  # ok: PYTHON-LANG-SEC-112
    return {"visits": session["visits"], "q": request.args.get("q")}


def signin(request):
    """Django view: the authenticated user, not the submitted name, goes into the session."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        request.session["uid"] = user.pk  # ok: PYTHON-LANG-SEC-112
    return JsonResponse({"ok": user is not None})


class ProductView(View):
    def post(self, request, pk):
        product = get_object_or_404(Product, pk=self.request.POST.get("pk"))
        self.request.session.setdefault("last_product", product.pk)  # ok: PYTHON-LANG-SEC-112
        # A plain dict named like a session is not the session.
        cache = {}
        cache["last"] = request.POST.get("note")  # ok: PYTHON-LANG-SEC-112
        return JsonResponse({"ok": True})
