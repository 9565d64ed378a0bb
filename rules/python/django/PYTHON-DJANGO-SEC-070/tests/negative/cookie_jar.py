"""Client-side cookie jars: set_cookie() stores a Cookie object, it does not send a Set-Cookie header."""
import copy
from http.cookiejar import Cookie, CookieJar


def merge_jars(target: CookieJar, source: CookieJar):
    for cookie in source:
        target.set_cookie(copy.copy(cookie))  # ok: PYTHON-DJANGO-SEC-070


def remember(jar, cookie: Cookie):
    jar.set_cookie(cookie)  # ok: PYTHON-DJANGO-SEC-070
