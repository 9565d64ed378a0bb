"""Code kept from older Django versions, where SafeText was the name of SafeString."""

from django.utils import safestring
from django.utils.html import SafeString as Safe


class Signature:
    def __init__(self, user):
        self.html = safestring.SafeText("<p>" + user.signature + "</p>")  # expect: PYTHON-DJANGO-SEC-053


def notice(message):
    return Safe("<div class='notice'>%s</div>" % message)  # expect: PYTHON-DJANGO-SEC-053
