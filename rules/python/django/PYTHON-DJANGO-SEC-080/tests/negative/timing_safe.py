"""Authentication backends that hash a throwaway password to even out response times."""

from django.contrib.auth import get_user_model


def check_password(username, password):
    UserModel = get_user_model()
    try:
        user = UserModel._default_manager.get_by_natural_key(username)
    except UserModel.DoesNotExist:
        # Run the hasher once on an instance nobody keeps, so unknown users take as long as known ones.
        # ok: PYTHON-DJANGO-SEC-080
        UserModel().set_password("")
        return None
    return user if user.check_password(password) else None
