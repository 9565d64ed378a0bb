"""Marketing e-mail preview: campaign managers edit templates in the admin UI, stored in the database."""

from mako.template import Template


def render_campaign(row, recipient):
    template = Template(row["body_template"])  # expect: PYTHON-LANG-SEC-093
    return template.render(recipient=recipient)


def render_subject(subject_source, recipient):
    return Template(text=subject_source, default_filters=["h"]).render(recipient=recipient)  # expect: PYTHON-LANG-SEC-093


def greeting(name):
    # The visitor's name becomes template source: "${__import__('os').system('id')}" runs on the server.
    return Template(f"<h1>Hello {name}</h1>").render()  # expect: PYTHON-LANG-SEC-093


def banner(message):
    return Template("<div class='banner'>" + message + "</div>").render()  # expect: PYTHON-LANG-SEC-093
