import tornado.web
from aiohttp import web
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
routes = web.RouteTableDef()


@app.get("/login/done")
async def done(next: str = "/"):
    # ruleid: PYTHON-WEB-SEC-006
    return RedirectResponse(next)


@app.post("/go")
async def go(request: Request):
    form = await request.form()
    # ruleid: PYTHON-WEB-SEC-006
    return RedirectResponse(url=form["target"], status_code=303)


@routes.get("/out")
async def out(request):
    # ruleid: PYTHON-WEB-SEC-006
    raise web.HTTPFound(request.query["to"])


class LoginHandler(tornado.web.RequestHandler):
    def get(self):
        # ruleid: PYTHON-WEB-SEC-006
        self.redirect(self.get_argument("next", "/"))


@routes.get("/continue")
async def continue_to(request):
    target = request.query.get("next", "/")
    # "//evil.example" passes a scheme check and is another host to the browser.
    if target.startswith("http"):
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-006
    raise web.HTTPFound(target)
