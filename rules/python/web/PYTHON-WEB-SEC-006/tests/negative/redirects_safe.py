import tornado.web
from aiohttp import web
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
routes = web.RouteTableDef()


@app.get("/search")
async def search(q: str = ""):
    # ok: PYTHON-WEB-SEC-006
    return RedirectResponse("/results?q=" + q)


@app.get("/profile/{name}")
async def profile(request: Request, name: str):
    # ok: PYTHON-WEB-SEC-006
    return RedirectResponse(request.url_for("show_profile", name=name))


@routes.get("/page/{page_id}")
async def page(request):
    # ok: PYTHON-WEB-SEC-006
    raise web.HTTPFound(f"/pages/{request.match_info['page_id']}")


class LoginHandler(tornado.web.RequestHandler):
    def get(self):
        # ok: PYTHON-WEB-SEC-006
        self.redirect(self.reverse_url("home", self.get_argument("section", "main")))
        # ok: PYTHON-WEB-SEC-006
        self.redirect("https://www.example.com/" + self.get_argument("path", ""))


@routes.get("/continue")
async def continue_to(request):
    target = request.query.get("next", "/")
    if target not in ("/", "/account", "/orders"):
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-006
    raise web.HTTPFound(target)
