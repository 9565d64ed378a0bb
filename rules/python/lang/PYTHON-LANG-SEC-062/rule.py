from codepathfinder import calls, And, Not, Or, QueryType, regex
from codepathfinder.python_decorators import python_rule

# Plain-HTTP and FTP URLs: urllib supports both, and neither is encrypted.
CLEARTEXT_URL = r"(?i)^(http|ftp)://"
# URLs that stay on the machine, or go to the link-local cloud metadata service: not reported.
LOCAL_URL = r"(?i)^[a-z][a-z0-9+.-]*://([^/?#@]*@)?(localhost|localhost\.localdomain|127(\.[0-9]{1,3}){3}|\[::1\]|\[0:0:0:0:0:0:0:1\]|0\.0\.0\.0|169\.254(\.[0-9]{1,3}){2}|metadata\.google\.internal)(:[0-9]+)?([/?#]|$)"


class UrllibOpener(QueryType):
    """Openers from build_opener() / OpenerDirector(), and the legacy URLopener classes."""

    fqns = [
        "urllib.request.OpenerDirector",
        "urllib.request.URLopener",
        "urllib.request.FancyURLopener",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-062",
    name="Insecure urllib Request Object",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-319",
    owasp="A02:2021",
    message="A urllib Request or opener targets an http:// or ftp:// URL, so the exchange is unencrypted and the server is not authenticated. Use an https:// URL.",
)
def detect_insecure_urllib_request():
    """urllib.request.Request and opener.open()/retrieve() with a constant http:// or ftp:// URL that is not local."""
    return And(
        Or(
            calls(
                "urllib.request.Request",
                "six.moves.urllib.request.Request",
                "urllib2.Request",
                match_position={0: regex(CLEARTEXT_URL)},
            ),
            calls(
                "urllib.request.Request",
                "six.moves.urllib.request.Request",
                "urllib2.Request",
                match_name={"url": regex(CLEARTEXT_URL)},
            ),
            UrllibOpener.method("open", "retrieve").where(0, regex(CLEARTEXT_URL)),
            UrllibOpener.method("open").where("fullurl", regex(CLEARTEXT_URL)),
            UrllibOpener.method("retrieve").where("url", regex(CLEARTEXT_URL)),
        ),
        Not(calls("*", match_position={0: regex(LOCAL_URL)})),
        Not(calls("*", match_name={"url": regex(LOCAL_URL)})),
        Not(calls("*", match_name={"fullurl": regex(LOCAL_URL)})),
    )
