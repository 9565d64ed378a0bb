"""E-mails with links back to the application."""

import flask
from flask import render_template, url_for

from .mail import send_mail
from .tokens import make_reset_token


def send_password_reset(user):
    # The link's host comes from the Host header of the request that triggered the mail.
    link = url_for("auth.reset_password", token=make_reset_token(user), _external=True)  # expect: PYTHON-FLASK-AUDIT-005
    send_mail(user.email, "Reset your password", render_template("mail/reset.txt", link=link))


def send_invite(team, email):
    link = flask.url_for("teams.join", team_id=team.id, _external=True, _scheme="https")  # expect: PYTHON-FLASK-AUDIT-005
    send_mail(email, f"Join {team.name}", link)


def confirmation_link(user):
    return url_for(  # expect: PYTHON-FLASK-AUDIT-005
        "auth.confirm",
        token=make_reset_token(user),
        _external=True,
    )
