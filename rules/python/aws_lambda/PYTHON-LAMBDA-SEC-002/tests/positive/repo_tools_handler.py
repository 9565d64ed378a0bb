"""Repository and media jobs started from API Gateway and SQS events."""

import json
import subprocess


def clone_handler(event, context):
    body = json.loads(event["body"])
    repo = body["repository"]
    # Argument list, but the caller picks an argument: repo = "--upload-pack=touch /tmp/pwn" runs a command.
    subprocess.run(["git", "clone", "--depth", "1", repo, "/tmp/repo"], check=True)  # expect: PYTHON-LAMBDA-SEC-002

    # shell=True with an f-string.
    subprocess.run(f"cd /tmp/repo && git log -n {body['count']} --oneline", shell=True)  # expect: PYTHON-LAMBDA-SEC-002

    # The source written inline in the call.
    usage = subprocess.check_output("du -sh /tmp/" + event["queryStringParameters"]["dir"], shell=True)  # expect: PYTHON-LAMBDA-SEC-002
    return {"statusCode": 200, "body": usage.decode()}


def transcode_handler(event, context):
    # One command per SQS message.
    for message in event["Records"]:
        job = json.loads(message["body"])
        args = ["ffmpeg", "-i", job["input"], "-vf", "scale=" + job["scale"], "/tmp/out.mp4"]
        subprocess.check_call(args)  # expect: PYTHON-LAMBDA-SEC-002


def status_handler(event, context):
    service = event.get("service", "app")
    if event.get("verbose"):
        cmd = "systemctl status --full " + service
    else:
        cmd = "systemctl is-active app"
    return subprocess.getoutput(cmd)  # expect: PYTHON-LAMBDA-SEC-002


def run_shell(command):
    # Reported here: the handler below passes event data to it.
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)  # expect: PYTHON-LAMBDA-SEC-002
    return proc.communicate()[0]


def lookup_handler(event, context):
    return {"statusCode": 200, "body": run_shell("nslookup %s" % event["host"]).decode()}


def archive_handler(event, context):
    names = [item["name"] for item in event["items"]]
    subprocess.call(args="tar czf /tmp/export.tgz " + " ".join(names), shell=True)  # expect: PYTHON-LAMBDA-SEC-002
