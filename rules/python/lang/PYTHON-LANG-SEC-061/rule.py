from codepathfinder import calls, And, Not, Or, regex
from codepathfinder.python_decorators import python_rule

# Plain-HTTP and FTP URLs: urllib supports both, and neither is encrypted.
CLEARTEXT_URL = r"(?i)^(http|ftp)://"
# URLs that stay on the machine, or go to the link-local cloud metadata service: not reported.
LOCAL_URL = r"(?i)^[a-z][a-z0-9+.-]*://([^/?#@]*@)?(localhost|localhost\.localdomain|127(\.[0-9]{1,3}){3}|\[::1\]|\[0:0:0:0:0:0:0:1\]|0\.0\.0\.0|169\.254(\.[0-9]{1,3}){2}|metadata\.google\.internal)(:[0-9]+)?([/?#]|$)"


@python_rule(
    id="PYTHON-LANG-SEC-061",
    name="Insecure urllib.urlopen",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-319",
    owasp="A02:2021",
    message="urlopen()/urlretrieve() is given an http:// or ftp:// URL, so the transfer is unencrypted and the server is not authenticated. Use an https:// URL.",
)
def detect_insecure_urlopen():
    """urllib urlopen/urlretrieve (and their Python 2 names) with a constant http:// or ftp:// URL that is not local."""
    return And(
        Or(
            calls(
                "urllib.request.urlopen",
                "urllib.request.urlretrieve",
                "six.moves.urllib.request.urlopen",
                "six.moves.urllib.request.urlretrieve",
                "urllib.urlopen",
                "urllib.urlretrieve",
                "urllib2.urlopen",
                match_position={0: regex(CLEARTEXT_URL)},
            ),
            calls(
                "urllib.request.urlopen",
                "urllib.request.urlretrieve",
                "six.moves.urllib.request.urlopen",
                "six.moves.urllib.request.urlretrieve",
                "urllib.urlopen",
                "urllib.urlretrieve",
                "urllib2.urlopen",
                match_name={"url": regex(CLEARTEXT_URL)},
            ),
        ),
        Not(calls("*", match_position={0: regex(LOCAL_URL)})),
        Not(calls("*", match_name={"url": regex(LOCAL_URL)})),
    )
