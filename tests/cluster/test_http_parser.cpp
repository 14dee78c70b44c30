// HttpRequestParser without sockets: every framing rule of RFC 9112 the
// cluster server relies on (one function per rule), then fuzzing: a corpus
// split at every byte must parse exactly as unsplit, and seeded random bytes,
// mutations of valid requests and huge or repeated headers must end in a
// request, an error or "need more" with bounded buffering, never a crash.
#include "HttpRequestParser.h"
#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <iterator>

using epidesk::HttpRequest;
using epidesk::HttpRequestParser;
using Status = HttpRequestParser::Status;

namespace {

// A literal that may hold NUL bytes.
template <size_t N> QByteArray raw(const char (&s)[N]) {
  return QByteArray(s, N - 1);
}

struct Outcome {
  QList<QByteArray> requests; // summaries, in order
  int error = 0;
  int continues = 0;
  bool operator==(const Outcome &o) const { return requests == o.requests && error == o.error; }
};

QByteArray summary(const HttpRequest &r) {
  QList<QByteArray> headers;
  for (auto it = r.headers.begin(); it != r.headers.end(); ++it)
    headers.append(it.key() + '=' + it.value());
  std::sort(headers.begin(), headers.end());
  return r.method + '|' + r.path.toLatin1() + '|' + r.rawQuery + '|' + r.version + '|' +
         (r.keepAlive ? "ka" : "close") + '|' + headers.join('&') + '|' + r.body;
}

// Drains the parser after each chunk, checking that it never holds more than
// one head or one body.
Outcome parse(const QList<QByteArrayView> &chunks, const HttpRequestParser::Limits &limits = {}) {
  HttpRequestParser p(limits);
  Outcome out;
  for (QByteArrayView chunk : chunks) {
    p.feed(chunk);
    for (;;) {
      const Status s = p.next();
      if (s == Status::Request) {
        out.requests.append(summary(p.takeRequest()));
      } else if (s == Status::Continue) {
        ++out.continues;
      } else if (s == Status::Error) {
        out.error = p.error().status;
        if (p.bufferedBytes() != 0 || p.error().message.isEmpty())
          qFatal("an error must drop the buffer and say why");
        return out;
      } else {
        break;
      }
    }
    const bool inBody = p.phase() == HttpRequestParser::Phase::Body;
    if (p.bufferedBytes() > (inBody ? limits.maxBodyBytes : limits.maxHeaderBytes))
      qFatal("parser buffers %lld bytes", qlonglong(p.bufferedBytes()));
  }
  return out;
}
Outcome parseOne(QByteArrayView bytes, const HttpRequestParser::Limits &limits = {}) {
  return parse({bytes}, limits);
}
int errorOf(QByteArrayView bytes) {
  return parseOne(bytes).error;
}

const QList<int> kErrorStatuses{400, 411, 413, 417, 431, 505};

QList<QByteArray> corpus() {
  return {
      "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
      "GET /v1/jobs?limit=5&status=queued HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer x\r\n\r\n",
      "POST /v1/jobs HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n{\"kind\":1}\n",
      "POST /x HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\nabc",
      "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n",
      "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /b HTTP/1.0\r\n\r\n",
      "GET / HTTP/1.1\n\n",
      "GET / HTTP/1.1\nHost: a\nX: b\n\nGET /2 HTTP/1.1\r\n\r\n",
      "\r\nGET / HTTP/1.1\r\n\r\n",
      "GET /%6detrics HTTP/1.1\r\n\r\n",
      "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
      "GET / HTTP/1.1\r\nX: 1\r\nX: 2\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: 40\r\nContent-Length: 0\r\n\r\nGET /metrics HTTP/1.1\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
      "GET / HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n",
      "GET / HTTP/1.1\r\nContent-Length : 0\r\n\r\n",
      "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n",
      raw("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n"),
      "GET / HTTP/2.0\r\n\r\n",
      "GET http://a/ HTTP/1.1\r\n\r\n",
      "GET /a%zz HTTP/1.1\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
      "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 99999999\r\n\r\n",
      "GET / HTTP/1.1\r\nExpect: teapot\r\n\r\n",
      "GARBAGE\r\n\r\n",
      "GET /" + QByteArray(17000, 'a') + " HTTP/1.1\r\n\r\n",
  };
}

} // namespace

class TestHttpParser : public QObject {
  Q_OBJECT
private slots:
  void requestLine_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("status");
    QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1") << 0;
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0") << 0;
    QTest::newRow("extension method") << QByteArray("PURGE / HTTP/1.1") << 0;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0") << 505;
    QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2") << 505;
    QTest::newRow("HTTP/3") << QByteArray("GET / HTTP/3") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9") << 505;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1") << 400;
    QTest::newRow("version junk") << QByteArray("GET / HTTP/1.x") << 400;
    QTest::newRow("no version") << QByteArray("GET /") << 400;
    QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 ") << 400;
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1") << 400;
    QTest::newRow("tab separator") << QByteArray("GET\t/ HTTP/1.1") << 400;
    QTest::newRow("empty method") << QByteArray(" / HTTP/1.1") << 400;
    QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1") << 400;
    QTest::newRow("garbage") << QByteArray("GARBAGE") << 400;
  }
  void requestLine() {
    QFETCH(QByteArray, line);
    QFETCH(int, status);
    const Outcome o = parseOne(line + "\r\n\r\n");
    QCOMPARE(o.error, status);
    QCOMPARE(o.requests.size(), status == 0 ? 1 : 0);
  }

  void methodIsCaseSensitive() {
    HttpRequestParser p;
    p.feed("get / HTTP/1.1\r\n\r\n");
    QCOMPARE(p.next(), Status::Request);
    QCOMPARE(p.takeRequest().method, QByteArray("get"));
  }

  void target_data() {
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("root") << QByteArray("/") << 0 << "/" << QByteArray();
    QTest::newRow("encoded stays raw") << QByteArray("/%6detrics") << 0 << "/%6detrics" << QByteArray();
    QTest::newRow("encoded slash") << QByteArray("/v1/jobs%2Fx") << 0 << "/v1/jobs%2Fx" << QByteArray();
    QTest::newRow("query") << QByteArray("/v1/jobs?limit=5&s=%20x") << 0 << "/v1/jobs"
                           << QByteArray("limit=5&s=%20x");
    QTest::newRow("query with ? and /") << QByteArray("/a?b=/c?d") << 0 << "/a" << QByteArray("b=/c?d");
    QTest::newRow("sub-delims") << QByteArray("/v1/jobs/'%3B%20DROP") << 0 << "/v1/jobs/'%3B%20DROP"
                                << QByteArray();
    QTest::newRow("asterisk") << QByteArray("*") << 400 << "" << QByteArray();
    QTest::newRow("absolute form") << QByteArray("http://a/b") << 400 << "" << QByteArray();
    QTest::newRow("authority form") << QByteArray("a:80") << 400 << "" << QByteArray();
    QTest::newRow("fragment") << QByteArray("/a#b") << 400 << "" << QByteArray();
    QTest::newRow("bad percent") << QByteArray("/a%zz") << 400 << "" << QByteArray();
    QTest::newRow("short percent") << QByteArray("/a%4") << 400 << "" << QByteArray();
    QTest::newRow("quote") << QByteArray("/a\"b") << 400 << "" << QByteArray();
    QTest::newRow("backslash") << QByteArray("/a\\b") << 400 << "" << QByteArray();
    QTest::newRow("utf-8") << QByteArray("/caf\xc3\xa9") << 400 << "" << QByteArray();
    QTest::newRow("control") << QByteArray("/a\x01") << 400 << "" << QByteArray();
  }
  void target() {
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    HttpRequestParser p;
    p.feed("GET " + target + " HTTP/1.1\r\n\r\n");
    const Status s = p.next();
    if (status != 0) {
      QCOMPARE(s, Status::Error);
      QCOMPARE(p.error().status, status);
      return;
    }
    QCOMPARE(s, Status::Request);
    const HttpRequest r = p.takeRequest();
    QTEST(r.path, "path");
    QTEST(r.rawQuery, "query");
    if (r.rawQuery.startsWith("limit"))
      QCOMPARE(r.query.queryItemValue("limit"), QString("5"));
  }

  void lineEnds_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("bare LF everywhere") << QByteArray("GET / HTTP/1.1\n\n") << 0;
    QTest::newRow("bare LF fields") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 0;
    QTest::newRow("mixed") << QByteArray("GET / HTTP/1.1\r\nHost: a\n\r\n") << 0;
    QTest::newRow("leading empty line") << QByteArray("\r\nGET / HTTP/1.1\r\n\r\n") << 0;
    QTest::newRow("bare CR in request line") << QByteArray("GET /\r HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bare CR as line end") << QByteArray("GET / HTTP/1.1\rHost: a\r\n\r\n") << 400;
    QTest::newRow("bare CR in value") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
    QTest::newRow("CR CR LF") << QByteArray("GET / HTTP/1.1\r\nX: a\r\r\n\r\n") << 400;
    QTest::newRow("NUL in value") << raw("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n") << 400;
    QTest::newRow("NUL in request line") << raw("GET /\0 HTTP/1.1\r\n\r\n") << 400;
  }
  void lineEnds() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const Outcome o = parseOne(bytes);
    QCOMPARE(o.error, status);
    QCOMPARE(o.requests.size(), status == 0 ? 1 : 0);
  }

  // A bare CR or NUL fails on arrival, not when (or if) its line ends.
  void bareCrAndNulFailBeforeTheLineEnds() {
    for (const QByteArray &bytes : {QByteArray("GET / HTTP/1.1\rX"), raw("GET / HT\0")}) {
      HttpRequestParser p;
      p.feed(bytes);
      QCOMPARE(p.next(), Status::Error);
      QCOMPARE(p.error().status, 400);
    }
    HttpRequestParser p; // a CR at the end of the bytes so far may still be a CRLF
    p.feed("GET / HTTP/1.1\r");
    QCOMPARE(p.next(), Status::NeedMore);
    p.feed("\n\r\n");
    QCOMPARE(p.next(), Status::Request);
  }

  void fieldNames_data() {
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("status");
    QTest::newRow("plain") << QByteArray("X-A: b") << 0;
    QTest::newRow("no space after colon") << QByteArray("X-A:b") << 0;
    QTest::newRow("tab and obs-text in value") << QByteArray("X-A: \tb\xe9\t") << 0;
    QTest::newRow("empty value") << QByteArray("X-A:") << 0;
    QTest::newRow("space before colon") << QByteArray("Content-Length : 0") << 400;
    QTest::newRow("space in name") << QByteArray("X A: b") << 400;
    QTest::newRow("empty name") << QByteArray(": b") << 400;
    QTest::newRow("no colon") << QByteArray("X-A b") << 400;
    QTest::newRow("control in name") << QByteArray("X\x01: b") << 400;
    QTest::newRow("separator in name") << QByteArray("X(A): b") << 400;
    QTest::newRow("control in value") << QByteArray("X-A: b\x01") << 400;
    QTest::newRow("DEL in value") << QByteArray("X-A: b\x7f") << 400;
    QTest::newRow("repeated Host") << QByteArray("Host: a\r\nHost: b") << 400;
  }
  void fieldNames() {
    QFETCH(QByteArray, field);
    QFETCH(int, status);
    QCOMPARE(errorOf("GET / HTTP/1.1\r\n" + field + "\r\n\r\n"), status);
  }

  void obsFold_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("SP") << QByteArray("GET / HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n");
    QTest::newRow("HTAB") << QByteArray("GET / HTTP/1.1\r\nX-A: a\r\n\tb\r\n\r\n");
    QTest::newRow("fold holding a colon") << QByteArray("GET / HTTP/1.1\r\nX-A: a\r\n Host: b\r\n\r\n");
    QTest::newRow("first field") << QByteArray("GET / HTTP/1.1\r\n Host: a\r\n\r\n");
  }
  void obsFold() {
    QFETCH(QByteArray, bytes);
    QCOMPARE(errorOf(bytes), 400);
  }

  void repeatedFieldsAreJoined() {
    HttpRequestParser p;
    p.feed("GET / HTTP/1.1\r\nX-A: 1\r\nx-a: 2\r\n\r\n");
    QCOMPARE(p.next(), Status::Request);
    QCOMPARE(p.takeRequest().header("x-a"), QByteArray("1, 2"));
  }

  void contentLength_data() {
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<int>("status");
    QTest::newRow("valid") << QByteArray("Content-Length: 5") << 0;
    QTest::newRow("OWS around") << QByteArray("Content-Length:  5 ") << 0;
    QTest::newRow("leading zeros") << QByteArray("Content-Length: 0000000000000000000005") << 0;
    QTest::newRow("equal duplicates") << QByteArray("Content-Length: 5\r\nContent-Length: 5") << 400;
    QTest::newRow("conflicting") << QByteArray("Content-Length: 40\r\nContent-Length: 0") << 400;
    QTest::newRow("case-insensitive duplicate")
        << QByteArray("Content-Length: 5\r\ncontent-length: 5") << 400;
    QTest::newRow("list") << QByteArray("Content-Length: 5, 5") << 400;
    QTest::newRow("plus sign") << QByteArray("Content-Length: +5") << 400;
    QTest::newRow("minus sign") << QByteArray("Content-Length: -5") << 400;
    QTest::newRow("space inside") << QByteArray("Content-Length: 5 0") << 400;
    QTest::newRow("hex") << QByteArray("Content-Length: 0x5") << 400;
    QTest::newRow("empty") << QByteArray("Content-Length:") << 400;
    QTest::newRow("overflow") << QByteArray("Content-Length: 99999999999999999999999") << 400;
    QTest::newRow("too large") << QByteArray("Content-Length: 99999999999") << 413;
    QTest::newRow("with Transfer-Encoding")
        << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked") << 400;
    QTest::newRow("Transfer-Encoding alone") << QByteArray("Transfer-Encoding: chunked") << 411;
    QTest::newRow("Transfer-Encoding identity") << QByteArray("Transfer-Encoding: identity") << 411;
  }
  void contentLength() {
    QFETCH(QByteArray, fields);
    QFETCH(int, status);
    const Outcome o = parseOne("POST / HTTP/1.1\r\n" + fields + "\r\n\r\nhello");
    QCOMPARE(o.error, status);
    if (status == 0) {
      QCOMPARE(o.requests.size(), 1);
      QVERIFY(o.requests[0].endsWith("|hello"));
    }
  }

  // The smuggling shape: the body of one reading is a hidden second request.
  void smugglingYieldsOneErrorAndNothingElse() {
    const QByteArray hidden = "GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n";
    const Outcome o =
        parseOne("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 40\r\nContent-Length: 0\r\n\r\n" + hidden +
                 QByteArray(40 - hidden.size(), 'x'));
    QCOMPARE(o.error, 400);
    QVERIFY(o.requests.isEmpty());
  }

  void expect_data() {
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("continues");
    QTest::addColumn<int>("status");
    QTest::newRow("100-continue") << QByteArray(
                                         "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5")
                                  << 1 << 0;
    QTest::newRow("case-insensitive")
        << QByteArray("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 5") << 1 << 0;
    QTest::newRow("no body") << QByteArray("POST / HTTP/1.1\r\nExpect: 100-continue") << 0 << 0;
    QTest::newRow("HTTP/1.0 ignores it")
        << QByteArray("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5") << 0 << 0;
    QTest::newRow("too large: 413, no 100")
        << QByteArray("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 9999999") << 0 << 413;
    QTest::newRow("other expectation")
        << QByteArray("POST / HTTP/1.1\r\nExpect: 200-ok\r\nContent-Length: 5") << 0 << 417;
  }
  void expect() {
    QFETCH(QByteArray, head);
    QFETCH(int, continues);
    QFETCH(int, status);
    // Head first, body later: the client waits for the 100 in between.
    HttpRequestParser p;
    p.feed(head + "\r\n\r\n");
    int seen = 0;
    Status s;
    while ((s = p.next()) == Status::Continue)
      ++seen;
    QCOMPARE(seen, continues);
    if (status != 0) {
      QCOMPARE(s, Status::Error);
      QCOMPARE(p.error().status, status);
      return;
    }
    if (s == Status::NeedMore) {
      p.feed("hello");
      s = p.next();
    }
    QCOMPARE(s, Status::Request);
  }

  void limits() {
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 200;
    limits.maxHeaderCount = 3;
    limits.maxBodyBytes = 10;
    const QByteArray line = "GET / HTTP/1.1\r\n";
    QCOMPARE(parseOne(line + "A: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits).error, 0);
    QCOMPARE(parseOne(line + "A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", limits).error, 431);
    QCOMPARE(parseOne(line + "A: " + QByteArray(200, 'a') + "\r\n\r\n", limits).error, 431);
    QCOMPARE(parseOne("GET /" + QByteArray(300, 'a'), limits).error, 431); // unfinished head too
    QCOMPARE(parseOne(QByteArray(300, '\n'), limits).error, 431);          // empty lines count
    QCOMPARE(parseOne("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789", limits).error, 0);
    QCOMPARE(parseOne("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", limits).error, 413);
    // Defaults: 16 KiB head, 100 fields, 1 MiB body.
    const HttpRequestParser::Limits d;
    QCOMPARE(d.maxHeaderBytes, qsizetype(16 * 1024));
    QCOMPARE(d.maxHeaderCount, 100);
    QCOMPARE(d.maxBodyBytes, qint64(1 << 20));
    QByteArray many = line;
    for (int i = 0; i < 101; ++i)
      many += "X" + QByteArray::number(i) + ": y\r\n";
    QCOMPARE(parseOne(many + "\r\n").error, 431);
    QCOMPARE(parseOne("GET /" + QByteArray(40000, 'a') + " HTTP/1.1\r\n\r\n").error, 431);
  }

  void keepAlive_data() {
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: close") << false;
    QTest::newRow("1.1 Close in a list") << QByteArray("GET / HTTP/1.1\r\nConnection: foo, Close") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive") << true;
  }
  void keepAlive() {
    QFETCH(QByteArray, head);
    HttpRequestParser p;
    p.feed(head + "\r\n\r\n");
    QCOMPARE(p.next(), Status::Request);
    QTEST(p.takeRequest().keepAlive, "keepAlive");
  }

  void pipelinedRequestsInOrder() {
    const Outcome o = parseOne("GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                               "GET /3?x HTTP/1.0\r\n\r\n");
    QCOMPARE(o.error, 0);
    QCOMPARE(o.requests.size(), 3);
    QVERIFY(o.requests[0].startsWith("GET|/1|"));
    QVERIFY(o.requests[1].startsWith("POST|/2|") && o.requests[1].endsWith("|abc"));
    QVERIFY(o.requests[2].startsWith("GET|/3|x|HTTP/1.0|close"));
  }

  void phases() {
    HttpRequestParser p;
    QCOMPARE(p.phase(), HttpRequestParser::Phase::Idle);
    p.feed("P");
    QCOMPARE(p.next(), Status::NeedMore);
    QCOMPARE(p.phase(), HttpRequestParser::Phase::Head);
    p.feed("OST / HTTP/1.1\r\nContent-Length: 2\r\n\r\na");
    QCOMPARE(p.next(), Status::NeedMore);
    QCOMPARE(p.phase(), HttpRequestParser::Phase::Body);
    p.feed("b");
    QCOMPARE(p.next(), Status::Request);
    QCOMPARE(p.phase(), HttpRequestParser::Phase::Idle);
  }

  void errorIsTerminal() {
    HttpRequestParser p;
    p.feed("BAD\r\n\r\n");
    QCOMPARE(p.next(), Status::Error);
    p.feed("GET / HTTP/1.1\r\n\r\n");
    QCOMPARE(p.next(), Status::Error);
    QCOMPARE(p.bufferedBytes(), qsizetype(0));
  }

  // --- fuzzing -------------------------------------------------------------

  void splitAtEveryByteParsesAsUnsplit() {
    for (const QByteArray &bytes : corpus()) {
      const Outcome whole = parseOne(bytes);
      for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const QByteArrayView v(bytes);
        const Outcome split = parse({v.first(i), v.sliced(i)});
        if (!(split == whole))
          QFAIL(qPrintable(
              QStringLiteral("split at %1 differs: %2").arg(i).arg(QString::fromLatin1(bytes.left(80)))));
      }
      QList<QByteArrayView> bytewise;
      for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise.append(QByteArrayView(bytes).sliced(i, 1));
      QVERIFY2(parse(bytewise) == whole, bytes.left(80).constData());
    }
  }

  void corpusOutcomes() {
    // Spot checks that the corpus above covers both sides.
    int requests = 0, errors = 0;
    for (const QByteArray &bytes : corpus()) {
      const Outcome o = parseOne(bytes);
      requests += o.requests.size();
      errors += o.error != 0;
      QVERIFY(o.error == 0 || kErrorStatuses.contains(o.error));
    }
    QVERIFY(requests >= 12);
    QVERIFY(errors >= 12);
  }

  void randomBytes() {
    QRandomGenerator rng(20261125);
    const QByteArray httpish = raw("GET POST HTTP/1.1 :\r\n\r\n Content-Length: 0123456789 /?%az\t\0");
    for (int round = 0; round < 3000; ++round) {
      QByteArray bytes(rng.bounded(1, 3000), Qt::Uninitialized);
      const bool biased = round % 2;
      for (char &c : bytes)
        c = biased ? httpish.at(rng.bounded(httpish.size())) : char(rng.bounded(256));
      if (round % 3 == 0)
        bytes.prepend("POST / HTTP/1.1\r\n");
      checkInvariants(bytes, rng);
    }
  }

  void mutatedValidRequests() {
    QRandomGenerator rng(7);
    const QList<QByteArray> seeds = corpus().mid(0, 12);
    const QByteArray inserts[] = {"\r",
                                  "\n",
                                  QByteArray(1, '\0'),
                                  ":",
                                  " ",
                                  "\r\n",
                                  "Content-Length: 1\r\n",
                                  "%",
                                  "\t",
                                  "Transfer-Encoding: chunked\r\n"};
    for (int round = 0; round < 5000; ++round) {
      QByteArray bytes = seeds[rng.bounded(seeds.size())];
      for (int m = rng.bounded(1, 5); m > 0; --m) {
        const int at = rng.bounded(bytes.size() + 1);
        switch (rng.bounded(5)) {
        case 0:
          if (at < bytes.size())
            bytes[at] = char(rng.bounded(256));
          break;
        case 1:
          bytes.remove(at, rng.bounded(1, 4));
          break;
        case 2:
          bytes.insert(at, inserts[rng.bounded(int(std::size(inserts)))]);
          break;
        case 3:
          bytes.insert(at, bytes.mid(rng.bounded(bytes.size() + 1), rng.bounded(1, 40)));
          break;
        default:
          bytes.insert(at, char(rng.bounded(256)));
        }
      }
      checkInvariants(bytes, rng);
    }
  }

  void hugeAndRepeatedHeaders() {
    // 1 MB of fields in 64 KiB reads: 431 long before the end, buffer bounded.
    QByteArray fields = "GET / HTTP/1.1\r\n";
    while (fields.size() < (1 << 20))
      fields += "X-Filler: yyyyyyyyyyyyyyyy\r\n";
    QList<QByteArrayView> chunks;
    for (qsizetype i = 0; i < fields.size(); i += 65536)
      chunks.append(QByteArrayView(fields).sliced(i, std::min<qsizetype>(65536, fields.size() - i)));
    QCOMPARE(parse(chunks).error, 431);
    // One endless line, a byte at a time: 431 once it passes the cap.
    HttpRequestParser p;
    qsizetype fed = 0;
    Status s = Status::NeedMore;
    while (s == Status::NeedMore && fed < 100000) {
      p.feed("a");
      ++fed;
      s = p.next();
    }
    QCOMPARE(s, Status::Error);
    QCOMPARE(p.error().status, 431);
    QCOMPARE(fed, p.limits().maxHeaderBytes + 1);
    // Thousands of repeats of one field name: 431 at the field cap.
    QByteArray repeated = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 5000; ++i)
      repeated += "A:b\r\n";
    QCOMPARE(parseOne(repeated + "\r\n").error, 431);
    QCOMPARE(
        parseOne("POST / HTTP/1.1\r\n" + QByteArray("Content-Length: 1\r\n").repeated(1000) + "\r\n").error,
        400);
  }

private:
  // Either a request, an error or "need more" with bounded buffering (parse()
  // checks that), and the same outcome however the bytes are split.
  static void checkInvariants(const QByteArray &bytes, QRandomGenerator &rng) {
    const Outcome whole = parseOne(bytes);
    QVERIFY(whole.error == 0 || kErrorStatuses.contains(whole.error));
    QList<QByteArrayView> chunks;
    for (qsizetype i = 0; i < bytes.size();) {
      const qsizetype n = std::min<qsizetype>(rng.bounded(1, 64), bytes.size() - i);
      chunks.append(QByteArrayView(bytes).sliced(i, n));
      i += n;
    }
    QVERIFY2(parse(chunks) == whole, bytes.toPercentEncoding().left(200).constData());
  }
};

QTEST_APPLESS_MAIN(TestHttpParser)
#include "test_http_parser.moc"
