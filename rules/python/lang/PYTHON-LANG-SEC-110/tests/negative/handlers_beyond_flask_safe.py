"""The same Tornado and Lambda lookups with the value bound as an XPath variable."""

import tornado.web
from lxml import etree

STAFF = etree.parse("staff.xml")
FIND_LOGIN = etree.XPath("//staff[login=$user]/email")


class StaffHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_query_argument("name", "")
        # ok: PYTHON-LANG-SEC-110
        rows = STAFF.xpath("//staff[name=$name]/phone/text()", name=name)
        self.write({"phones": rows})


def lambda_handler(event, context):
    user = (event.get("queryStringParameters") or {}).get("user", "")
    if not user.isalnum():
        return {"statusCode": 400, "body": "bad user"}
    # ok: PYTHON-LANG-SEC-110
    find = etree.XPath("//staff[login='%s']/email" % user)
    return {"statusCode": 200, "body": str(find(STAFF)) + str(FIND_LOGIN(STAFF, user=user))}


class RosterHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_body_argument("user")
        # The value is compared in Python, the path stays constant.
        # ok: PYTHON-LANG-SEC-110
        nodes = [n for n in STAFF.getroot().findall(".//staff") if n.get("login") == user]
        self.write({"count": len(nodes)})
