"""Report builder: users may upload their own report layouts."""

from mako import template as mt
from mako.lookup import TemplateLookup

lookup = TemplateLookup(directories=["report_templates"], module_directory="/tmp/mako_modules")


def register_layout(name, uploaded_text):
    lookup.put_string(f"custom/{name}.mako", uploaded_text)  # expect: PYTHON-LANG-SEC-093


def render_file_layout(path, data):
    with open(path) as fh:
        layout = mt.Template(fh.read())  # expect: PYTHON-LANG-SEC-093
    return layout.render(**data)


class LayoutCache:
    def __init__(self):
        self.lookup = TemplateLookup(directories=["report_templates"])

    def add(self, name, source):
        self.lookup.put_string(uri=name, text=source)  # expect: PYTHON-LANG-SEC-093
