#!/usr/bin/env python3
"""A loopback HTTP server for quoth's network tests and benchmark.

Listens on 127.0.0.1 on a free port and prints `PORT <n>` on its first line of output. It exits
when its standard input closes, so it never outlives the test process that started it.

Every page and feed it serves is written here; nothing comes from the network.
"""

import gzip
import json
import os
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HUGE = 200 * 1024 * 1024
CHUNK = b"x" * 65536
LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"
GZIP_BOMB = gzip.compress(bytes(16 << 20), 9)

# What each /huge transfer (by its `id`) managed to send before the client hung up, for /stats.
stats_lock = threading.Lock()
huge_transfers = {}
# What each /flip/NAME serves now ("feed" or "page").
flips = {}


def huge_transfer(name):
    """The [ended event, bytes sent] of the /huge transfer called `name`."""
    with stats_lock:
        return huge_transfers.setdefault(name, [threading.Event(), 0])


def feed(number, items, host="127.0.0.1"):
    """An RSS 2.0 feed with `items` items, the same bytes for the same arguments; each item links
    to a /story page on `host` (this server, as the client named it)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>Loopback feed {number}</title><link>http://127.0.0.1/feed/{number}</link>",
        "<description>Items written by the test server.</description>",
    ]
    for item in range(items):
        day = 1 + item % 28
        parts.append(
            f"<item><title>Feed {number}, item {item}</title>"
            f"<link>http://{host}/story/f{number}-{item}</link>"
            f"<guid>loopback-{number}-{item}</guid>"
            f"<pubDate>Mon, {day:02d} Jan 2024 10:00:00 GMT</pubDate>"
            f"<author>reporter{item % 7}@example.org (Reporter {item % 7})</author>"
            "<description><![CDATA[<p>“We keep the lights on,” said the minister, "
            "according to a statement released on Monday.</p>]]></description></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


STORY = """<!doctype html><html><head><title>Harbour ferry returns ({name})</title>
<meta property="og:site_name" content="Loopback Ledger"><meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2024-03-14T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article>
<p>The ferry returned to the harbour on Thursday after two years away, the council said.</p>
<p>“We are glad to have the Aurora back,” said Mayor Tom Reyes, who met the first passengers.</p>
<p>Residents said the timetable was still too thin for commuters.</p>
</article><footer>We use cookies. Share this story.</footer></body></html>
"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def send_body(self, status, body, content_type="text/plain; charset=utf-8", headers=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def not_modified(self, tag):
        self.send_response(304)
        self.send_header("ETag", tag)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def redirect(self, status, location):
        self.send_body(status, b"moved\n", headers=[("Location", location)])

    def accepts(self, coding):
        offered = self.headers.get("Accept-Encoding", "")
        return coding in [part.split(";")[0].strip() for part in offered.split(",")]

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        parts = [part for part in url.path.split("/") if part]
        name = parts[0] if parts else ""
        route = getattr(self, "route_" + name.replace("-", "_"), None)
        if route is None:
            self.send_body(404, b"no such route\n")
        else:
            route(parts[1:], query)

    def route_story(self, rest, query):
        """/story/NAME: a small news page, the same bytes every time, with an ETag."""
        name = rest[0] if rest else "ferry"
        body = STORY.replace("{name}", name).encode("utf-8")
        tag = '"story-' + name + '"'
        if self.headers.get("If-None-Match") == tag:
            self.not_modified(tag)
        else:
            self.send_body(200, body, "text/html; charset=utf-8", headers=[("ETag", tag)])

    def route_text(self, rest, query):
        self.send_body(200, "hello, loopback\n".encode())

    def route_headers(self, rest, query):
        body = json.dumps({name.lower(): value for name, value in self.headers.items()})
        self.send_body(200, body.encode(), "application/json")

    def route_etag(self, rest, query):
        tag = '"v1"'
        if self.headers.get("If-None-Match") == tag:
            self.not_modified(tag)
        else:
            self.send_body(200, b"tagged body\n", headers=[("ETag", tag)])

    def route_lastmod(self, rest, query):
        if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_body(200, b"dated body\n", headers=[("Last-Modified", LAST_MODIFIED)])

    def route_redirect(self, rest, query):
        """/redirect/N: N redirects, alternately 301 and 302, then a 200."""
        left = int(rest[0]) if rest else 0
        if left <= 0:
            self.send_body(200, b"arrived\n")
        else:
            self.redirect(301 if left % 2 else 302, f"/redirect/{left - 1}")

    def route_loop(self, rest, query):
        self.redirect(302, "/loop/b" if rest == ["a"] else "/loop/a")

    def route_relative(self, rest, query):
        self.redirect(302, "../text")

    def route_to_file(self, rest, query):
        self.redirect(302, "file:///etc/passwd")

    def route_to_ftp(self, rest, query):
        self.redirect(302, "ftp://127.0.0.1/pub/file.txt")

    def route_status(self, rest, query):
        status = int(rest[0])
        self.send_body(status, f"status {status}\n".encode())

    def route_stall(self, rest, query):
        """Headers and a little of the body, then nothing until the client gives up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b"a start ")
        self.wfile.flush()
        for _ in range(600):
            time.sleep(0.1)
            try:
                self.wfile.write(b"")
                self.wfile.flush()
            except OSError:
                return

    def route_huge(self, rest, query):
        """200 MB of body; `?declared=1` states its length, otherwise the close marks its end."""
        transfer = huge_transfer(query.get("id", [""])[0])
        declared = query.get("declared") == ["1"]
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if declared:
            self.send_header("Content-Length", str(HUGE))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        sent = 0
        try:
            while sent < HUGE:
                self.wfile.write(CHUNK)
                sent += len(CHUNK)
        except OSError:
            pass
        finally:
            with stats_lock:
                transfer[1] = sent
            transfer[0].set()

    def route_stats(self, rest, query):
        """How much /huge?id=ID sent, once it has ended (waiting up to 30 s for that)."""
        transfer = huge_transfer(query.get("id", [""])[0])
        ended = transfer[0].wait(30)
        with stats_lock:
            body = json.dumps({"ended": ended, "sent": transfer[1]})
        self.send_body(200, body.encode(), "application/json")

    def send_compressed(self, coding, text, compress):
        """`text` compressed with `coding`, or 406 when the client did not offer it."""
        if not self.accepts(coding):
            self.send_body(406, f"{coding} not accepted\n".encode())
        else:
            self.send_body(200, compress(text), headers=[("Content-Encoding", coding)])

    def route_gzip(self, rest, query):
        self.send_compressed("gzip", ("compressed line\n" * 2000).encode(), gzip.compress)

    def route_deflate(self, rest, query):
        self.send_compressed("deflate", ("deflated line\n" * 2000).encode(), zlib.compress)

    def route_gzip_bomb(self, rest, query):
        """A small gzip body (16 KiB) that unpacks to 16 MiB of zeros."""
        self.send_body(200, GZIP_BOMB, "application/octet-stream", headers=[("Content-Encoding", "gzip")])

    def route_charset(self, rest, query):
        """/charset/<case>: pages whose header and bytes agree or not."""
        case = rest[0] if rest else ""
        latin1_meta = '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head>' \
            '<body><p>Le caf\xe9 est ouvert.</p></body></html>'
        plain = "<html><head><title>Caf\xe9</title></head><body><p>Le caf\xe9 est ouvert.</p></body></html>"
        pages = {
            # The header says UTF-8; the bytes are Latin-1 and the page says so.
            "utf8-header-latin1-meta": ("text/html; charset=utf-8", latin1_meta.encode("latin-1")),
            # The header says UTF-8; the bytes are Latin-1 and the page declares nothing.
            "utf8-header-latin1-bytes": ("text/html; charset=utf-8", plain.encode("latin-1")),
            # The header says Latin-1; the bytes are UTF-8.
            "latin1-header-utf8-bytes": ("text/html; charset=iso-8859-1", plain.encode("utf-8")),
            # The header and the bytes agree on windows-1252 (a curly quote at 0x93).
            "cp1252": ("text/html; charset=windows-1252",
                       "<p>\u201cYes,\u201d she said.</p>".encode("cp1252")),
            # No header charset; an XML feed declares its encoding in the prolog.
            "xml-prolog": ("application/rss+xml",
                           '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\xe9'
                           '</title></channel></rss>'.encode("latin-1")),
        }
        if case not in pages:
            self.send_body(404, b"no such case\n")
            return
        content_type, body = pages[case]
        self.send_body(200, body, content_type)

    def route_feed(self, rest, query):
        """/feed/N?items=M: a generated RSS feed with an ETag, answering 304 when it matches."""
        number = int(rest[0]) if rest else 0
        items = int(query.get("items", ["50"])[0])
        tag = f'"feed-{number}-{items}"'
        if self.headers.get("If-None-Match") == tag:
            self.not_modified(tag)
            return
        body = feed(number, items, self.headers.get("Host", "127.0.0.1"))
        if self.accepts("gzip"):
            self.send_body(200, gzip.compress(body, 6), "application/rss+xml; charset=utf-8",
                           headers=[("ETag", tag), ("Content-Encoding", "gzip")])
        else:
            self.send_body(200, body, "application/rss+xml; charset=utf-8", headers=[("ETag", tag)])


    def route_flip(self, rest, query):
        """/flip/NAME: a feed of 3 items, until a request with `?to=page` makes it serve a page
        instead (`?to=feed` turns it back): a feed whose address starts serving something else."""
        name = rest[0] if rest else ""
        with stats_lock:
            if "to" in query:
                flips[name] = query["to"][0]
            serving = flips.get(name, "feed")
        if serving == "page":
            self.send_body(200, STORY.replace("{name}", name).encode("utf-8"), "text/html; charset=utf-8")
        else:
            self.send_body(200, feed(900, 3), "application/rss+xml; charset=utf-8")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops the SYNs of a client opening 8 connections at
    # once, which then wait a second to retry: a cost of this server, not of the client.
    request_queue_size = 64

    def handle_error(self, request, client_address):
        """A client that hangs up early (as the size cap makes it) is expected, not news."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def exit_when_stdin_closes():
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
