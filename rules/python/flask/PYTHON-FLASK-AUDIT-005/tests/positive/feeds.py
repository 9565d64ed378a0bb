"""Atom feed with absolute entry links."""

from flask import Blueprint, Response
from flask.helpers import url_for as link_to

feeds = Blueprint("feeds", __name__)


@feeds.route("/feed.atom")
def atom():
    entries = []
    for post in []:
        entries.append(f"<entry><link href='{link_to('blog.post', slug=post.slug, _external=True)}'/></entry>")  # expect: PYTHON-FLASK-AUDIT-005
    return Response("<feed>" + "".join(entries) + "</feed>", mimetype="application/atom+xml")
