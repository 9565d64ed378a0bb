class Query:
    def __init__(self, request):
        self.request = request

    def term(self):
        return self.request.GET.get("term", "")

    def limit(self):
        return int(self.request.GET.get("limit", "10"))
