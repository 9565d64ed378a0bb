"""Builds a digest from RSS feeds fetched over HTTP."""

import sys
import urllib.request
import xml.dom.minidom as md
from xml.dom import pulldom
from xml.dom.pulldom import parseString as pull_string


def titles(feed_url):
    with urllib.request.urlopen(feed_url, timeout=20) as resp:
        doc = md.parse(file=resp)  # expect: PYTHON-LANG-SEC-091
    return [t.firstChild.data for t in doc.getElementsByTagName("title") if t.firstChild]


def stream_titles(feed_url):
    with urllib.request.urlopen(feed_url, timeout=20) as resp:
        events = pulldom.parse(resp)  # expect: PYTHON-LANG-SEC-091
        for event, node in events:
            if event == pulldom.START_ELEMENT and node.tagName == "title":
                events.expandNode(node)
                yield node.toxml()


def item_count(raw):
    return sum(1 for event, node in pull_string(raw) if event == "START_ELEMENT")  # expect: PYTHON-LANG-SEC-091


if __name__ == "__main__":
    for url in sys.argv[1:]:
        print(titles(url))
