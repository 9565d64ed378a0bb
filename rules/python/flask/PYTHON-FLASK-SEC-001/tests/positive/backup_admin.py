"""Admin endpoints of a self-hosted backup service (module-qualified flask.request, aliased imports)."""

import flask
from flask.views import MethodView
from os import system as run_shell

import os as operating_system

bp = flask.Blueprint("backup", __name__, url_prefix="/admin/backup")


@bp.route("/archive", methods=["POST"])
def archive():
    settings = flask.request.get_json(silent=True) or {}
    source_dir = settings.get("path", "/srv/data")
    archive_name = settings.get("name", "backup") + ".tar.gz"
    status = run_shell("tar czf /backups/" + archive_name + " " + source_dir)  # expect: PYTHON-FLASK-SEC-001
    return flask.jsonify(status=status)


@bp.route("/restore/<snapshot>")
def restore(snapshot):
    # The URL rule value read back from request.view_args.
    chosen = flask.request.view_args["snapshot"]
    operating_system.system(command="restic restore " + chosen + " --target /")  # expect: PYTHON-FLASK-SEC-001
    return flask.jsonify(restored=chosen)


class PruneView(MethodView):
    def post(self):
        keep = flask.request.cookies.get("keep_last", "7")
        parts = ["restic", "forget", "--keep-last", keep]
        flags = ""
        while parts:
            flags = parts.pop() + " " + flags
        operating_system.system(flags)  # expect: PYTHON-FLASK-SEC-001
        return flask.jsonify(pruned=True)


bp.add_url_rule("/prune", view_func=PruneView.as_view("prune"))
