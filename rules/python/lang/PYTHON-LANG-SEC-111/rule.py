from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a web request or a Lambda event: the framework presets (docs/rule-dsl.md).
WEB_REQUEST = (
    Sources.flask_request()
    + Sources.django_request()
    + Sources.fastapi()
    + Sources.aiohttp()
    + Sources.tornado()
    + Sources.lambda_event()
)


class Ldap3Connection(QueryType):
    """ldap3.Connection(server, user, password) objects."""

    fqns = ["ldap3.Connection", "ldap3.core.connection.Connection"]


class PythonLdapObject(QueryType):
    """python-ldap connections from ldap.initialize()."""

    fqns = ["ldap.ldapobject.LDAPObject", "ldap.ldapobject.SimpleLDAPObject", "ldap.ldapobject.ReconnectLDAPObject"]


@python_rule(
    id="PYTHON-LANG-SEC-111",
    name="LDAP Injection",
    severity="HIGH",
    category="lang",
    cwe="CWE-90",
    owasp="A03:2021",
    message="Request data becomes part of an LDAP search filter or base DN, so *, ( and ) in it rewrite the query (*)(uid=* matches every entry). Escape each value with ldap3.utils.conv.escape_filter_chars() or ldap.filter.escape_filter_chars(), or build the filter with ldap.filter.filter_format().",
)
def detect_ldap_injection():
    """Web request data flowing into the base DN or filter of an ldap3 or python-ldap search."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            # ldap3: conn.search(search_base, search_filter, ...), conn.extend.standard.paged_search(...)
            Ldap3Connection.method("search").tracks(0, 1, "search_base", "search_filter"),
            calls("*.extend.standard.paged_search").tracks(0, 1, "search_base", "search_filter"),
            # python-ldap: l.search_s(base, scope, filterstr, ...), search, search_st, search_ext(_s)
            PythonLdapObject.method("search").tracks(0, 2, "base", "filterstr"),
            calls("*.search_s", "*.search_st", "*.search_ext", "*.search_ext_s").tracks(0, 2, "base", "filterstr"),
        ],
        sanitized_by=[
            calls(
                "ldap3.utils.conv.escape_filter_chars",
                "ldap.filter.escape_filter_chars",
                "ldap.filter.filter_format",
                "ldap3.utils.dn.escape_rdn",
                "ldap.dn.escape_dn_chars",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
