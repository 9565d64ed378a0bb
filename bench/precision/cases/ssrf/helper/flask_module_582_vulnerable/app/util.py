class Form:
    def __init__(self, req):
        self._req = req

    def url(self):
        return self._req.form.get("url", "")

    def retries(self):
        return int(self._req.form.get("retries", "1"))
