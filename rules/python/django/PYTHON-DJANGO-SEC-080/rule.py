from codepathfinder import calls, And, Not, Or, QueryType
from codepathfinder.python_decorators import python_rule


class UserManagers(QueryType):
    """create_user()/create_superuser() are looked up on any receiver (User.objects, get_user_model().objects...)."""

    patterns = ["*"]


class BuiltHere(QueryType):
    """A receiver that is a call's result written in place: `UserModel()`, `User()`."""

    patterns = ["*()"]


class LookedUp(QueryType):
    """A receiver returned by a method (`User.objects.get(...)`): an existing object others may save."""

    patterns = ["*.*()"]


@python_rule(
    id="PYTHON-DJANGO-SEC-080",
    name="Django Empty Password in set_password()",
    severity="HIGH",
    category="django",
    cwe="CWE-521",
    owasp="A07:2021",
    message="An empty string is stored as the user's password, so the account can be logged into with an empty password. Use set_unusable_password() (or pass None) for accounts without a password, and require a real one otherwise.",
)
def detect_django_empty_password():
    """set_password(""), make_password("") and create_user/create_superuser(password="")."""
    return And(
        Or(
            calls("*.set_password", match_position={0: ""}),
            calls("*.set_password", match_name={"raw_password": ""}),
            calls("django.contrib.auth.hashers.make_password", match_position={0: ""}),
            calls("django.contrib.auth.hashers.make_password", match_name={"password": ""}),
            # UserManager.create_user(username, email=None, password=None, **extra_fields)
            UserManagers.method("create_user", "create_superuser").where(2, ""),
            UserManagers.method("create_user", "create_superuser").where("password", ""),
        ),
        # set_password() only changes the object in memory: on an instance built in the same expression
        # (`UserModel().set_password("")`, Django's timing equaliser) nothing keeps it, so nothing is saved.
        Not(And(BuiltHere.method("set_password"), Not(LookedUp.method("set_password")))),
    )
