"""Metrics dashboard (Dash runs on Flask's development server)."""

from dash import Dash, html

dashboard = Dash(__name__)
dashboard.layout = html.Div("metrics")


class Console:
    def __init__(self, flask_app):
        self.app = flask_app

    def serve(self):
        self.app.run(host="0.0.0.0", port=9000)  # expect: PYTHON-FLASK-AUDIT-003


if __name__ == "__main__":
    dashboard.run_server(host="0.0.0.0", port=8050)  # expect: PYTHON-FLASK-AUDIT-003
