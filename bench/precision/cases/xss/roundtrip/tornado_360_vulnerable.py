import html
import re
import io
import tornado.web


class Case360Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.request.headers.get("X-Name", "")
        buf = io.StringIO()
        buf.write(name)
        target = buf.getvalue()
        self.finish("<h2>%s</h2>" % target)
        self.write("ok")
