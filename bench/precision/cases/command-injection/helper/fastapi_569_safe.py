import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class QueryArgs:
    def __init__(self, request):
        self.request = request

    def text(self, name):
        return self.request.query_params.get(name, "")

    def limit(self):
        return int(self.request.query_params.get("limit", "10"))


@app.get("/tail")
async def tail(request: Request):
    args = QueryArgs(request)
    out = subprocess.check_output("tail -n %d /srv/logs/app.log" % args.limit(), shell=True)
    return {"lines": out.decode().splitlines()}
