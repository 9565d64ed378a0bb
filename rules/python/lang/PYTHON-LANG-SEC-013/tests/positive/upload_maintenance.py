"""Cron job for the uploads directory: fix ownership, archive, sync to the backup host.

Anyone who can upload a file chooses a file name in UPLOAD_DIR. A file called
"--checkpoint-action=exec=sh payload.sh" turns `tar ... *` into code execution.
"""

import asyncio
import os
import subprocess
from subprocess import getoutput

UPLOAD_DIR = "/srv/app/uploads"
ARCHIVE_CMD = "tar czf /var/backups/uploads.tgz *"


def fix_ownership():
    subprocess.call("chown www-data:www-data *", shell=True, cwd=UPLOAD_DIR)  # expect: PYTHON-LANG-SEC-013


def archive():
    os.chdir(UPLOAD_DIR)
    os.system(ARCHIVE_CMD)  # expect: PYTHON-LANG-SEC-013


def sync_to_backup():
    subprocess.run(["bash", "-c", "rsync -a * backup@10.0.0.5:/srv/uploads/"], cwd=UPLOAD_DIR, check=True)  # expect: PYTHON-LANG-SEC-013


def checksums():
    return getoutput("cd " + UPLOAD_DIR + " && sha256sum *")  # expect: PYTHON-LANG-SEC-013


def list_logs():
    with os.popen("ls -la *.log") as out:  # expect: PYTHON-LANG-SEC-013
        return out.read()


async def normalise_modes():
    proc = await asyncio.create_subprocess_shell("chmod 644 *", cwd=UPLOAD_DIR)  # expect: PYTHON-LANG-SEC-013
    await proc.wait()


def archive_named(archive_path):
    # The wildcard sits in the constant part of an f-string; formatted strings are not inspected yet.
    os.system(f"cd {UPLOAD_DIR} && tar czf {archive_path} *")  # todoruleid: PYTHON-LANG-SEC-013


if __name__ == "__main__":
    os.chdir(UPLOAD_DIR)
    os.system("chmod 640 *")  # expect: PYTHON-LANG-SEC-013
