"""Fills translations into a Qt .ts file from JSON lists of {"context", "source",
"translation"} (as exported with --export), matched by context and source text; or
exports the unfinished messages of a .ts as such a list for a translator.

    python3 tools/ts_fill.py resources/i18n/clusterindex_nl.ts --export todo.json
    python3 tools/ts_fill.py resources/i18n/clusterindex_nl.ts done1.json done2.json
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


def export(ts, out):
    root = ET.parse(ts).getroot()
    todo = [{"context": c, "source": m.find("source").text, "translation": ""}
            for c, m in messages(root) if m.find("translation").get("type") == "unfinished"]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print("%d unfinished messages written to %s" % (len(todo), out))


def fill(ts, sources):
    done = {}
    for path in sources:
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f):
                if entry.get("translation"):
                    done[(entry["context"], entry["source"])] = entry["translation"]
    tree = ET.parse(ts)
    n = left = 0
    for context, message in messages(tree.getroot()):
        translation = message.find("translation")
        text = done.get((context, message.find("source").text))
        if text is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            n += 1
        elif translation.get("type") == "unfinished":
            left += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, encoding="utf-8") as f:
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(ts, "w", encoding="utf-8") as f:
        f.write(body)
    print("%d translations filled in, %d messages still unfinished" % (n, left))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--export":
        export(sys.argv[1], sys.argv[3])
    elif len(sys.argv) >= 3:
        fill(sys.argv[1], sys.argv[2:])
    else:
        sys.exit(__doc__)
