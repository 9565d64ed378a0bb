"""XPath lookups from Tornado handlers and an AWS Lambda function."""

import tornado.web
from lxml import etree

STAFF = etree.parse("staff.xml")


class StaffHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_query_argument("name", "")
        # ruleid: PYTHON-LANG-SEC-110
        rows = STAFF.xpath("//staff[name='%s']/phone/text()" % name)
        self.write({"phones": rows})


def lambda_handler(event, context):
    user = (event.get("queryStringParameters") or {}).get("user", "")
    # ruleid: PYTHON-LANG-SEC-110
    find = etree.XPath("//staff[login='%s']/email" % user)
    return {"statusCode": 200, "body": str(find(STAFF))}


class RosterHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_body_argument("user")
        # lxml elements take ElementPath in find*() like xml.etree.
        # ruleid: PYTHON-LANG-SEC-110
        nodes = STAFF.getroot().findall(f".//staff[@login='{user}']")
        self.write({"count": len(nodes)})
