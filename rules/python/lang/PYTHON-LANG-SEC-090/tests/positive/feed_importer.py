"""Imports product feeds that partners upload or that we download from their servers."""

import xml.etree.ElementTree as ET

import requests


def fetch_feed(url):
    response = requests.get(url, timeout=30)
    root = ET.fromstring(response.content)  # expect: PYTHON-LANG-SEC-090
    return [item.findtext("sku") for item in root.iter("item")]


def import_upload(upload_path):
    tree = ET.parse(upload_path)  # expect: PYTHON-LANG-SEC-090
    return tree.getroot()


def stream_items(stream):
    for _event, elem in ET.iterparse(source=stream, events=("end",)):  # expect: PYTHON-LANG-SEC-090
        if elem.tag == "item":
            yield elem.attrib
            elem.clear()


class FeedDocument:
    def __init__(self, path):
        self.tree = ET.ElementTree(file=path)  # expect: PYTHON-LANG-SEC-090

    def reload(self, path):
        doc = ET.ElementTree()
        doc.parse(path)  # expect: PYTHON-LANG-SEC-090
        self.tree = doc


def parse_chunks(chunks):
    parser = ET.XMLPullParser(events=("start", "end"))
    for chunk in chunks:
        parser.feed(chunk)  # expect: PYTHON-LANG-SEC-090
        for event, elem in parser.read_events():
            print(event, elem.tag)
