#!/usr/bin/env python3
"""The webmail as a logged-in browser sees it: time to render the message list and to open a message.

    webmail_render.py BASE_URL ADDRESS PASSWORD REQUESTS

Logs in through the login form (Faces view state and all), then times REQUESTS full GETs of
/mail.xhtml (the page with the first page of the INBOX list, its count and the folder tree) and
REQUESTS openings of a message: the same Ajax request a click on a row sends (PrimeFaces rowSelect,
the whole form re-rendered, as the page does), cycling through the rows of the first page, each
followed by the GET of its sanitised body (the frame). Prints one JSON line with p50 and p99 in ms.
The first 10 of each are a warm-up and not counted.
"""
import json
import re
import sys
import time

import requests

WARMUP = 10
FORM_INPUT = re.compile(r'<input[^>]*>', re.S)
ATTR = re.compile(r'(name|value|type)="([^"]*)"')


def fields(html, form):
    """The named inputs of one form, as a browser would post them (checkboxes and buttons left out)."""
    start = html.index('<form id="%s"' % form)
    end = html.index('</form>', start)
    found = {}
    for tag in FORM_INPUT.findall(html[start:end]):
        attrs = dict(ATTR.findall(tag))
        if "name" in attrs and attrs.get("type") not in ("checkbox", "submit", "button", "file"):
            found[attrs["name"]] = attrs.get("value", "")
    return found


def percentiles(times):
    times = sorted(times)
    n = len(times)
    return {"requests": n, "p50_ms": round(1000 * times[n // 2], 1),
            "p99_ms": round(1000 * times[min(n - 1, int(n * 0.99))], 1), "max_ms": round(1000 * times[-1], 1)}


def main(base, address, password, count):
    web = requests.Session()
    page = web.get(base + "/login.xhtml").text
    form = fields(page, "login")
    form.update({"login:user": address, "login:password": password, "login:timeZone": "Asia/Shanghai",
                 "login:submit": ""})
    answer = web.post(base + "/login.xhtml", data=form)
    if "mail.xhtml" not in answer.url:
        sys.exit("webmail_render: login failed (ended at %s)" % answer.url)

    list_times = []
    for i in range(WARMUP + count):
        t0 = time.perf_counter()
        page = web.get(base + "/mail.xhtml")
        elapsed = time.perf_counter() - t0
        if page.status_code != 200 or "data-rk=" not in page.text:
            sys.exit("webmail_render: the list did not render (%d)" % page.status_code)
        if i >= WARMUP:
            list_times.append(elapsed)

    html = page.text
    keys = re.findall(r'data-rk="([^"]+)"', html)
    base_form = fields(html, "mail")
    open_times, body_times = [], []
    for i in range(WARMUP + count):
        key = keys[i % len(keys)]
        data = dict(base_form)
        data.update({"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "mail:messages",
                     "jakarta.faces.partial.execute": "mail:messages", "jakarta.faces.partial.render": "mail",
                     "jakarta.faces.behavior.event": "rowSelect", "mail:messages_instantSelection": key,
                     "mail:messages_selection": key})
        t0 = time.perf_counter()
        answer = web.post(base + "/mail.xhtml", data=data, headers={"Faces-Request": "partial/ajax"})
        elapsed = time.perf_counter() - t0
        if answer.status_code != 200 or "fm-reader" not in answer.text or "<error>" in answer.text:
            sys.exit("webmail_render: opening %s failed: %s" % (key, answer.text[:300]))
        state = re.search(r'jakarta\.faces\.ViewState[^>]*><!\[CDATA\[([^\]]*)\]\]>', answer.text)
        if state:
            base_form["jakarta.faces.ViewState"] = state.group(1)
        folder, uid = key.rsplit("/", 1)
        t1 = time.perf_counter()
        body = web.get(base + "/webmail/message/body", params={"folder": folder, "uid": uid})
        body_elapsed = time.perf_counter() - t1
        if body.status_code != 200:
            sys.exit("webmail_render: body of %s: %d" % (key, body.status_code))
        if i >= WARMUP:
            open_times.append(elapsed)
            body_times.append(body_elapsed)
    print(json.dumps({"list_page": percentiles(list_times), "open_message": percentiles(open_times),
                      "message_body_frame": percentiles(body_times)}))


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], int(sys.argv[4]))
