"""Report service: caches rendered reports on a shared volume, keyed by report id."""

import dbm
import shelve
import shelve as sh
from shelve import DbfilenameShelf, Shelf
from shelve import open as open_shelf

SHARED_CACHE = "/mnt/shared/report-cache"


def cached_report(report_id, render):
    with shelve.open(SHARED_CACHE) as cache:  # expect: PYTHON-LANG-SEC-045
        if report_id not in cache:
            cache[report_id] = render(report_id)
        return cache[report_id]


def import_user_cache(uploaded_path):
    db = sh.open(uploaded_path, flag="r")  # expect: PYTHON-LANG-SEC-045
    try:
        return dict(db)
    finally:
        db.close()


class SessionStore:
    def __init__(self, path):
        self.store = open_shelf(path, writeback=True)  # expect: PYTHON-LANG-SEC-045

    def get(self, sid):
        return self.store.get(sid)


def over_custom_db(path):
    return Shelf(dbm.open(path, "c"))  # expect: PYTHON-LANG-SEC-045


def explicit_file_shelf(path):
    return DbfilenameShelf(path, flag="r")  # expect: PYTHON-LANG-SEC-045
