"""Network diagnostics run concurrently with asyncio from an API Gateway handler."""

import asyncio
import json


async def run(cmd):
    # Reported here: the handler passes event data to it.
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)  # expect: PYTHON-LAMBDA-SEC-004
    out, _ = await proc.communicate()
    return out.decode()


async def probe_hosts(hosts):
    results = {}
    for host in hosts:
        proc = await asyncio.create_subprocess_shell(  # expect: PYTHON-LAMBDA-SEC-004
            f"ping -c 1 -W 1 {host}", stdout=asyncio.subprocess.DEVNULL
        )
        results[host] = await proc.wait()
    return results


def lambda_handler(event, context):
    body = json.loads(event["body"])
    reachable = asyncio.run(probe_hosts(body["hosts"]))
    answer = asyncio.run(run("dig +short " + event["queryStringParameters"]["name"]))
    return {"statusCode": 200, "body": json.dumps({"reachable": reachable, "answer": answer})}


async def handle(event):
    # EventBridge event: the detail is written by whoever can put events on the bus.
    name = event["detail"]["name"]
    if event["detail"].get("archive"):
        cmd = "tar czf /tmp/%s.tgz /tmp/data" % name
    else:
        cmd = "ls -l /tmp"
    proc = await asyncio.create_subprocess_shell(cmd)  # expect: PYTHON-LAMBDA-SEC-004
    return await proc.wait()


async def lookup(event):
    # Source written inline in the call.
    proc = await asyncio.create_subprocess_shell("nslookup " + event["host"], stdout=asyncio.subprocess.PIPE)  # expect: PYTHON-LAMBDA-SEC-004
    return (await proc.communicate())[0]


class TailProtocol(asyncio.SubprocessProtocol):
    def pipe_data_received(self, fd, data):
        print(data.decode(), end="")


async def tail_log(event):
    loop = asyncio.get_running_loop()
    lines = int(event.get("lines", 20))
    transport, _ = await loop.subprocess_shell(TailProtocol, "tail -n {} /var/log/{}".format(lines, event["log"]))  # expect: PYTHON-LAMBDA-SEC-004
    transport.close()
