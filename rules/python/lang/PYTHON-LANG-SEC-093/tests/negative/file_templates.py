"""Mako used with templates shipped in the code base; user data only reaches render()."""

import string

from mako.lookup import TemplateLookup
from mako.template import Template

ROW_TEMPLATE = "<tr><td>${name | h}</td><td>${total | h}</td></tr>"

lookup = TemplateLookup(directories=["templates"], default_filters=["h"])  # ok: PYTHON-LANG-SEC-093
row = Template(ROW_TEMPLATE)  # ok: PYTHON-LANG-SEC-093


def invoice(customer, lines):
    page = lookup.get_template("invoice.html")  # ok: PYTHON-LANG-SEC-093
    return page.render(customer=customer, lines=lines)  # ok: PYTHON-LANG-SEC-093


def footer(year):
    tpl = Template(filename="templates/footer.mako", default_filters=["h"])  # ok: PYTHON-LANG-SEC-093
    return tpl.render(year=year)


def greeting(name):
    return Template("<h1>Hello ${name | h}</h1>").render(name=name)  # ok: PYTHON-LANG-SEC-093


def subject(name):
    return Template(text="Your order, ${name}").render(name=name)  # ok: PYTHON-LANG-SEC-093


def register_builtin():
    lookup.put_string("builtin/empty.mako", "<p>No data</p>")  # ok: PYTHON-LANG-SEC-093


def plain_text(user_format, name):
    # string.Template substitutes values only; it cannot run code, whoever wrote the format.
    return string.Template(user_format).safe_substitute(name=name)  # ok: PYTHON-LANG-SEC-093
