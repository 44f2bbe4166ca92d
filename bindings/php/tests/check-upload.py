#!/usr/bin/env python3
"""Checks examples/php/upload.php through php-cgi (test example-upload), with
real multipart/form-data uploads: the form, the gap table of the demo
assessment (every gap, in the order of the C library), the gap CSV (the C
library's bytes, after the page's setlocale to nl_NL), escaping of what the
upload brings in, and the refusals. No network: php-cgi reads the request
from its standard input.

Usage: check-upload.py PHP_CGI EXTENSION SOURCE_ROOT REPORT_JSON
"""

import html
import os
import re
import subprocess
import sys

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL " + what)


def request(php_cgi, extension, script, method="GET", fields=(), files=()):
    """(status, headers, body) of one request to the script."""
    boundary = "----libbig-test-boundary-7MA4YWxkTrZu0gW"
    body = b""
    for name, value in fields:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"
                 f"{value}\r\n").encode()
    for name, filename, content in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                 f"filename=\"{filename}\"\r\nContent-Type: application/json\r\n\r\n").encode()
        body += content + b"\r\n"
    if method == "POST":
        body += f"--{boundary}--\r\n".encode()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GATEWAY_INTERFACE": "CGI/1.1",
        # Where tests/run-all.sh compiled nl_NL.UTF-8 for a user without root.
        **({"LOCPATH": os.environ["LOCPATH"]} if "LOCPATH" in os.environ else {}),
        "REQUEST_METHOD": method, "SCRIPT_FILENAME": script, "SCRIPT_NAME": "/upload.php",
        "REQUEST_URI": "/upload.php", "SERVER_PROTOCOL": "HTTP/1.1", "SERVER_NAME": "localhost",
        "REDIRECT_STATUS": "200", "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": f"multipart/form-data; boundary={boundary}" if method == "POST" else "",
    }
    p = subprocess.run([php_cgi, "-n", "-d", "extension=" + extension, "-d", "error_reporting=E_ALL",
                        "-d", "display_errors=stderr", "-d", "log_errors=0"],
                       input=body, env=env, capture_output=True)
    check(p.returncode == 0 and not p.stderr, f"php-cgi exit {p.returncode}: {p.stderr[-500:]!r}")
    head, _, content = p.stdout.partition(b"\r\n\r\n")
    headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n") if ": " in line)
    status = int(headers.get("Status", "200").split()[0])
    return status, headers, content


def main(php_cgi, extension, root, report_json):
    script = os.path.join(root, "examples", "php", "upload.php")
    demo_path = os.path.join(root, "examples", "data", "demo-assessment.json")
    demo = open(demo_path, "rb").read()

    status, headers, body = request(php_cgi, extension, script)
    page = body.decode()
    check(status == 200 and headers.get("Content-Type", "").startswith("text/html"), "GET")
    check('enctype="multipart/form-data"' in page and 'type="file"' in page, "the form")
    check('<option value="bio2-1.2" selected>' in page, "the catalogues")

    # The gap table: every gap of the C library, in its order.
    status, _, body = request(php_cgi, extension, script, "POST", [("catalogue", "bio2-1.2")],
                              [("assessment", "demo-assessment.json", demo)])
    page = body.decode()
    gaps_csv = subprocess.run([report_json, "--gaps-csv", "builtin:bio2", demo_path],
                              capture_output=True, check=True).stdout.decode()
    c_ids = [line.split(",")[1] for line in gaps_csv.splitlines()[1:]]
    rows = re.findall(r'<tr><td class="num">(\d+)</td><td>([^<]*)</td>', page)
    check(status == 200 and len(c_ids) > 10, f"POST: status {status}, {len(c_ids)} gaps")
    check([r[1] for r in rows] == c_ids, "the gap table lists the gaps of the C library in order")
    check([int(r[0]) for r in rows] == list(range(1, len(c_ids) + 1)), "ranks")
    check("Gemeente Lindeveen" in page and "Implementation" in page, "the summary")
    check(re.search(r'<td class="num">\d+\.\d%</td>', page) is not None, "a decimal point")

    # The CSV: the C library's bytes, although the page runs in nl_NL.
    status, headers, body = request(php_cgi, extension, script, "POST",
                                    [("catalogue", "bio2-1.2"), ("format", "csv")],
                                    [("assessment", "demo-assessment.json", demo)])
    expected = subprocess.run([report_json, "--gaps-csv", "--bom", "--safe", "builtin:bio2",
                               demo_path], capture_output=True, check=True).stdout
    check(headers.get("Content-Type", "").startswith("text/csv"), "CSV content type")
    check(body == expected, "the gap CSV equals the C library's bytes")

    # What the upload brings in is escaped: the organisation name, the file name.
    evil = demo.replace(b'"Gemeente Lindeveen"', b'"<script>alert(1)</script> & co"')
    status, _, body = request(php_cgi, extension, script, "POST", [("catalogue", "bio2-1.2")],
                              [("assessment", "evil.json", evil)])
    page = body.decode()
    check("<script>" not in page and html.escape("<script>alert(1)</script> & co") in page,
          "the organisation name is escaped")
    status, _, body = request(php_cgi, extension, script, "POST", [("catalogue", "bio2-1.2")],
                              [("assessment", "<i>bad.json", b'{"format": }')])
    page = body.decode()
    check(status == 422 and "BIG_ESYNTAX" in page and "<i>bad" not in page
          and "&lt;i&gt;bad.json:1:12: syntax error" in page, f"a syntax error, escaped: {status}")

    # Refusals.
    status, _, body = request(php_cgi, extension, script, "POST", [("catalogue", "../etc")],
                              [("assessment", "a.json", demo)])
    check(status == 400 and b"Unknown catalogue" in body, "an unknown catalogue")
    status, _, body = request(php_cgi, extension, script, "POST", [("catalogue", "bio2-1.2")])
    check(status == 400 and b"No assessment was uploaded" in body, "no file")
    status, _, body = request(php_cgi, extension, script, "POST", [("catalogue", "bio-1.04")],
                              [("assessment", "demo.json", demo)])
    check(status == 422 and b"BIG_EMISMATCH" in body, "an assessment of another catalogue")

    print(f"check-upload: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
