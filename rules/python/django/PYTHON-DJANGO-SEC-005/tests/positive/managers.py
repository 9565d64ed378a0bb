"""Custom managers that run hand-written SQL."""

from django.db import models
from django.db.models import expressions


class TenantManager(models.Manager):
    def for_schema(self, schema):
        # The schema name comes from the tenant record and is formatted into the query.
        return self.raw(f"SELECT * FROM {schema}.accounts_user")  # expect: PYTHON-DJANGO-SEC-005

    def scored(self, weight_sql):
        return self.get_queryset().annotate(
            score=expressions.RawSQL(sql=weight_sql, params=[]),  # expect: PYTHON-DJANGO-SEC-005
        )


class Account(models.Model):
    name = models.CharField(max_length=100)
    objects = TenantManager()


def legacy_lookup(table, key):
    return Account._default_manager.raw("SELECT * FROM " + table + " WHERE id = %s", [key])  # expect: PYTHON-DJANGO-SEC-005
