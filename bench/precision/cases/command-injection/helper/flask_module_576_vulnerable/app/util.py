def get_param(req, name):
    return req.args.get(name, "")


def page_size(req):
    return int(req.args.get("size", "20"))
