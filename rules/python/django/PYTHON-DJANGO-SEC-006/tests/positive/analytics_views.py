"""Analytics views that query the warehouse through SQLAlchemy and pandas."""

import pandas as pd
from django.http import JsonResponse
from django.views import View
from sqlalchemy import create_engine, literal_column, select, table, text

WAREHOUSE = create_engine("postgresql+psycopg2://analytics@warehouse/analytics")


def daily_signups(request):
    with WAREHOUSE.connect() as conn:
        rows = conn.execute(text("SELECT day, count FROM signups WHERE campaign = '" + request.GET["campaign"] + "'"))  # expect: PYTHON-DJANGO-SEC-006
        return JsonResponse({"rows": [list(r) for r in rows]})


def revenue_frame(request):
    start = request.GET.get("start")
    end = request.GET.get("end")
    query = f"SELECT * FROM revenue WHERE day BETWEEN '{start}' AND '{end}'"
    frame = pd.read_sql(query, WAREHOUSE)  # expect: PYTHON-DJANGO-SEC-006
    return JsonResponse(frame.to_dict(orient="list"))


def metric_column(request):
    metric = request.POST.get("metric", "visits")
    if request.POST.get("per_user"):
        expression = metric + " / users"
    else:
        expression = metric
    stmt = select(literal_column(expression)).select_from(table("daily_stats"))  # expect: PYTHON-DJANGO-SEC-006
    with WAREHOUSE.connect() as conn:
        return JsonResponse({"values": [r[0] for r in conn.execute(stmt)]})


def funnel(request):
    steps = []
    for step in request.GET.getlist("step"):
        steps.append("'%s'" % step)
    frame = pd.read_sql_query(sql="SELECT step, users FROM funnel WHERE step IN ({})".format(", ".join(steps)), con=WAREHOUSE)  # expect: PYTHON-DJANGO-SEC-006
    return JsonResponse(frame.to_dict(orient="list"))


class CohortView(View):
    def get(self, request):
        cohort = self.request.GET.get("cohort")
        clause = text("cohort = :c AND region = '%s'" % self.request.COOKIES.get("region"))  # expect: PYTHON-DJANGO-SEC-006
        with WAREHOUSE.connect() as conn:
            return JsonResponse({"rows": [list(r) for r in conn.execute(select(table("cohorts")).where(clause), {"c": cohort})]})


def step_counts(request):
    counts = {}
    for step in request.GET.getlist("step"):
        counts[step] = pd.read_sql("SELECT count(*) AS n FROM funnel WHERE step = '%s'" % step, WAREHOUSE)  # expect: PYTHON-DJANGO-SEC-006
    return JsonResponse({k: int(v["n"][0]) for k, v in counts.items()})
