// HttpServer over real loopback TCP: the server runs on its own thread with
// small limits (timeouts of a second or less), the test speaks raw bytes
// through blocking QTcpSockets. Framing attacks, Expect, raw paths,
// slowloris and other timeouts, connection caps, output backpressure,
// asynchronous out-of-order answers and running out of file descriptors.
#include "HttpServer.h"
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <fcntl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace epidesk;

namespace {

struct Reply {
  int status = 0;
  QByteArray head;
  QByteArray body;
  QByteArray header(const QByteArray &name) const {
    for (const QByteArray &line : head.split('\n'))
      if (line.toLower().startsWith(name.toLower() + ':'))
        return line.mid(name.size() + 1).trimmed();
    return {};
  }
};

// Splits a byte stream into responses (Content-Length framing, 1xx bodiless).
QList<Reply> replies(QByteArray in) {
  QList<Reply> out;
  for (;;) {
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
      return out;
    Reply r;
    r.head = in.left(end);
    r.status = r.head.split(' ').value(1).toInt();
    const qsizetype length = r.status < 200 ? 0 : r.header("content-length").toLongLong();
    if (in.size() < end + 4 + length)
      return out;
    r.body = in.mid(end + 4, length);
    in.remove(0, end + 4 + length);
    out.append(r);
  }
}

// A raw client; reading blocks this thread only (the server has its own).
struct Client {
  QTcpSocket s;
  QByteArray in;
  explicit Client(quint16 port) {
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
      qFatal("cannot connect to the test server");
  }
  void send(const QByteArray &bytes) {
    s.write(bytes);
    while (s.bytesToWrite() > 0 && s.waitForBytesWritten(2000)) {
    }
  }
  bool open() const { return s.state() == QAbstractSocket::ConnectedState; }
  // Reads until n responses arrived, the server closed, or timeoutMs.
  QList<Reply> read(int n, int timeoutMs = 3000) {
    QElapsedTimer t;
    t.start();
    while (replies(in).size() < n && open() && t.elapsed() < timeoutMs) {
      s.waitForReadyRead(20);
      in += s.readAll();
    }
    in += s.readAll();
    return replies(in);
  }
  // Milliseconds until the server closes, -1 if it did not within timeoutMs.
  qint64 waitClosed(int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (open() && t.elapsed() < timeoutMs) {
      s.waitForReadyRead(20);
      in += s.readAll();
    }
    return open() ? -1 : t.elapsed();
  }
};

qint64 rssKiB() {
  QFile f("/proc/self/status");
  if (!f.open(QIODevice::ReadOnly))
    return 0;
  for (const QByteArray &line : f.readAll().split('\n'))
    if (line.startsWith("VmRSS:"))
      return line.mid(6).trimmed().split(' ').value(0).toLongLong();
  return 0;
}

HttpServer::Limits testLimits() {
  HttpServer::Limits l;
  l.headerTimeoutMs = 1000;
  l.bodyTimeoutMs = 1000;
  l.idleTimeoutMs = 1000;
  l.lingerMs = 500;
  return l;
}

// Echoes method, raw path and body; records paths.
struct Recorder {
  QMutex mutex;
  QStringList paths;
  HttpServer::Handler handler() {
    return HttpServer::sync([this](const HttpRequest &r) {
      QMutexLocker lock(&mutex);
      paths.append(r.path);
      HttpResponse resp;
      resp.contentType = "text/plain";
      resp.body = r.method + ' ' + r.path.toLatin1() + ' ' + r.body;
      return resp;
    });
  }
  QStringList seen() {
    QMutexLocker lock(&mutex);
    return paths;
  }
};

// The server on its own thread, listening on 127.0.0.1:0.
class ServerThread {
public:
  ServerThread(HttpServer::Handler handler, const HttpServer::Limits &limits = testLimits()) {
    m_thread.start();
    m_server = new HttpServer(std::move(handler), limits);
    m_server->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server, [&] { ok = m_server->listen(QHostAddress::LocalHost, 0, nullptr); },
        Qt::BlockingQueuedConnection);
    if (!ok)
      qFatal("test server cannot listen");
    m_port = m_server->port();
  }
  ~ServerThread() {
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
  }
  quint16 port() const { return m_port; }
  int connections() {
    int n = 0;
    QMetaObject::invokeMethod(
        m_server, [&] { n = m_server->connectionCount(); }, Qt::BlockingQueuedConnection);
    return n;
  }

private:
  QThread m_thread;
  HttpServer *m_server;
  quint16 m_port = 0;
};

const QByteArray kGet = "GET /x HTTP/1.1\r\nHost: a\r\n\r\n";

} // namespace

class TestHttpServer : public QObject {
  Q_OBJECT
private slots:
  void keepAliveAndPipelining() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send("GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /3 HTTP/1.1\r\n\r\n");
    const QList<Reply> r = c.read(3);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].body, QByteArray("GET /1 "));
    QCOMPARE(r[1].body, QByteArray("POST /2 hi"));
    QCOMPARE(r[2].body, QByteArray("GET /3 "));
    QCOMPARE(r[2].header("connection"), QByteArray("keep-alive"));
    QVERIFY(c.open());
  }

  void http10ClosesUnlessKeepAlive() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client a(server.port());
    a.send("GET / HTTP/1.0\r\n\r\n");
    QCOMPARE(a.read(1).value(0).header("connection"), QByteArray("close"));
    QVERIFY(a.waitClosed(2000) >= 0);
    Client b(server.port());
    b.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(b.read(1).value(0).status, 200);
    QVERIFY(b.open());
  }

  // Two Content-Lengths hiding a request in the body: one 400, then closed.
  void smugglingGetsOneResponseAndClose() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    const QByteArray hidden = "GET /hidden HTTP/1.1\r\nHost: a\r\n\r\n";
    c.send("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 40\r\nContent-Length: 0\r\n\r\n" + hidden +
           QByteArray(40 - hidden.size(), 'x'));
    QVERIFY(c.waitClosed(3000) >= 0);
    const QList<Reply> r = replies(c.in);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 400);
    QCOMPARE(r[0].header("connection"), QByteArray("close"));
    QVERIFY(rec.seen().isEmpty());
  }

  void framingErrorsCloseTheConnection_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nX-A: a\r\n Host: b\r\n\r\n") << 400;
    QTest::newRow("space in field name") << QByteArray("GET / HTTP/1.1\r\nContent-Length : 0\r\n\r\n") << 400;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
    QTest::newRow("NUL") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26) << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("Transfer-Encoding and Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("absolute form") << QByteArray("GET http://a/ HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("Expect other") << QByteArray("POST / HTTP/1.1\r\nExpect: x\r\nContent-Length: 1\r\n\r\n")
                                  << 417;
  }
  void framingErrorsCloseTheConnection() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send(bytes + kGet);
    QVERIFY(c.waitClosed(3000) >= 0);
    const QList<Reply> r = replies(c.in);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, status);
    QCOMPARE(r[0].header("connection"), QByteArray("close"));
  }

  void expectContinue() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send("POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    const QList<Reply> interim = c.read(1, 1000);
    QCOMPARE(interim.size(), 1);
    QCOMPARE(interim[0].status, 100);
    c.send("hello");
    const QList<Reply> r = c.read(2);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[1].status, 200);
    QCOMPARE(r[1].body, QByteArray("POST /up hello"));
  }

  void expectContinueTooLargeGets413WithoutTheBody() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send("POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 50000000\r\n\r\n");
    QVERIFY(c.waitClosed(2000) >= 0);
    const QList<Reply> r = replies(c.in);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 413);
  }

  void pathIsNotDecoded() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send("GET /%6detrics HTTP/1.1\r\n\r\n");
    QCOMPARE(c.read(1).size(), 1);
    QCOMPARE(rec.seen(), QStringList{"/%6detrics"});
  }

  void bareLfAnsweredPromptly() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    QElapsedTimer t;
    t.start();
    c.send("GET /lf HTTP/1.1\n\n");
    QCOMPARE(c.read(1, 1000).value(0).status, 200);
    QVERIFY(t.elapsed() < 1000);
  }

  // A byte every 300 ms must not extend the 1 s head deadline.
  void slowlorisIsCutAtTheHeaderTimeout() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    const QByteArray head = "GET / HTTP/1.1\r\nX-Slow: " + QByteArray(100, 'a');
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < head.size() && c.open() && t.elapsed() < 5000; ++i) {
      c.send(head.mid(i, 1));
      c.s.waitForReadyRead(300);
      c.in += c.s.readAll();
    }
    c.waitClosed(2000);
    const qint64 closedAt = t.elapsed();
    QVERIFY2(!c.open(), "slowloris connection still open");
    QVERIFY2(closedAt >= 900 && closedAt < 2200, qPrintable(QString::number(closedAt)));
    QCOMPARE(replies(c.in).value(0).status, 408);
  }

  void silentConnectionIsClosed() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    const qint64 ms = c.waitClosed(4000);
    QVERIFY2(ms >= 800 && ms < 2200, qPrintable(QString::number(ms)));
  }

  void trickledBodyIsCutAtTheBodyTimeout() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n");
    QElapsedTimer t;
    t.start();
    while (c.open() && t.elapsed() < 5000) {
      c.send("x");
      c.s.waitForReadyRead(300);
      c.in += c.s.readAll();
    }
    QVERIFY2(t.elapsed() >= 900 && t.elapsed() < 2200, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(replies(c.in).value(0).status, 408);
  }

  void idleKeepAliveIsClosed() {
    Recorder rec;
    ServerThread server(rec.handler());
    Client c(server.port());
    c.send(kGet);
    QCOMPARE(c.read(1).size(), 1);
    const qint64 ms = c.waitClosed(4000);
    QVERIFY2(ms >= 800 && ms < 2200, qPrintable(QString::number(ms)));
  }

  void connectionCapsAnswer503_data() {
    QTest::addColumn<bool>("perClient");
    QTest::newRow("per client") << true;
    QTest::newRow("total") << false;
  }
  void connectionCapsAnswer503() {
    QFETCH(bool, perClient);
    Recorder rec;
    HttpServer::Limits limits = testLimits();
    limits.idleTimeoutMs = 10000;
    (perClient ? limits.maxConnectionsPerClient : limits.maxConnections) = 3;
    ServerThread server(rec.handler(), limits);
    std::vector<std::unique_ptr<Client>> held;
    for (int i = 0; i < 3; ++i) {
      held.push_back(std::make_unique<Client>(server.port()));
      held.back()->send(kGet);
      QCOMPARE(held.back()->read(1).value(0).status, 200);
    }
    Client extra(server.port());
    QVERIFY(extra.waitClosed(3000) >= 0);
    const QList<Reply> r = replies(extra.in);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 503);
    QCOMPARE(r[0].header("retry-after"), QByteArray("1"));
    QCOMPARE(r[0].header("connection"), QByteArray("close"));
    QCOMPARE(server.connections(), 3);
    held.pop_back(); // a slot frees up
    QTRY_COMPARE(server.connections(), 2);
    Client again(server.port());
    again.send(kGet);
    QCOMPARE(again.read(1).value(0).status, 200);
  }

  // 10,000 pipelined requests whose 16 KiB answers are never read: the server
  // stops reading that connection instead of buffering 160 MB, and keeps
  // serving others.
  void unreadPipelineHasBoundedMemory() {
    HttpServer::Limits limits = testLimits();
    limits.idleTimeoutMs = 20000;
    const QByteArray big(16 * 1024, 'b');
    ServerThread server(HttpServer::sync([&](const HttpRequest &) { return jsonResponse(200, big); }),
                        limits);
    const qint64 before = rssKiB();
    Client flood(server.port());
    flood.s.setReadBufferSize(4096); // and never read
    flood.send(kGet.repeated(10000));
    QTest::qWait(1500);
    const qint64 grown = rssKiB() - before;
    Client other(server.port());
    QElapsedTimer t;
    t.start();
    other.send(kGet);
    QCOMPARE(other.read(1).value(0).status, 200);
    QVERIFY(t.elapsed() < 1000);
    QVERIFY2(grown < 24 * 1024, qPrintable(QStringLiteral("RSS grew %1 KiB").arg(grown)));
  }

  // Answers from other threads in reverse order still go out in request order,
  // and no more than maxInFlight requests of one connection are handed out.
  void asyncAnswersKeepRequestOrder() {
    HttpServer::Limits limits = testLimits();
    limits.maxInFlight = 4;
    std::atomic_int inFlight{0}, maxSeen{0};
    std::vector<std::thread> threads;
    QMutex mutex;
    auto handler = [&](const HttpRequest &r, HttpServer::Responder respond) {
      const int now = ++inFlight;
      int m = maxSeen;
      while (now > m && !maxSeen.compare_exchange_weak(m, now)) {
      }
      const int n = r.path.mid(1).toInt();
      QMutexLocker lock(&mutex);
      threads.emplace_back([&inFlight, respond, n] {
        std::this_thread::sleep_for(std::chrono::milliseconds(10 * (4 - n % 4)));
        --inFlight;
        respond(jsonResponse(200, QByteArray::number(n)));
      });
    };
    {
      ServerThread server(handler, limits);
      Client c(server.port());
      QByteArray pipeline;
      for (int i = 0; i < 20; ++i)
        pipeline += "GET /" + QByteArray::number(i) + " HTTP/1.1\r\n\r\n";
      c.send(pipeline);
      const QList<Reply> r = c.read(20, 10000);
      QCOMPARE(r.size(), 20);
      for (int i = 0; i < 20; ++i)
        QCOMPARE(r[i].body, QByteArray::number(i));
      QVERIFY(maxSeen <= 4);
      QVERIFY(maxSeen >= 2);
    }
    for (std::thread &t : threads)
      t.join();
  }

  void handlerFailuresAnswer500() {
    QMutex mutex;
    HttpServer::Responder kept;
    auto handler = [&](const HttpRequest &r, HttpServer::Responder respond) {
      if (r.path == "/throw")
        throw std::runtime_error("boom");
      QMutexLocker lock(&mutex);
      if (r.path == "/keep")
        kept = respond; // answered after the client left
      // "/drop": never answered; dropping the Responder answers 500
    };
    ServerThread server(handler);
    Client c(server.port());
    c.send("GET /throw HTTP/1.1\r\n\r\nGET /drop HTTP/1.1\r\n\r\n");
    const QList<Reply> r = c.read(2);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 500);
    QCOMPARE(r[1].status, 500);
    QVERIFY(c.open()); // still serving
    {
      Client gone(server.port());
      gone.send("GET /keep HTTP/1.1\r\n\r\n");
      QTRY_VERIFY([&] {
        QMutexLocker lock(&mutex);
        return bool(kept);
      }());
    }
    QTest::qWait(100);
    std::thread([&] {
      kept(jsonResponse(200, "{}"));
      kept(jsonResponse(200, "{}")); // twice: ignored
    }).join();
    QTest::qWait(100);
  }

  // accept() failing with EMFILE must pause and retry, not spin or give up.
  void outOfFileDescriptorsRecovers() {
    Recorder rec;
    ServerThread server(rec.handler());
    rlimit saved{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    // Fill the descriptor table but for one, which the client takes.
    rlimit low = saved;
    low.rlim_cur = std::min<rlim_t>(saved.rlim_cur, 4096);
    QVERIFY(setrlimit(RLIMIT_NOFILE, &low) == 0);
    std::vector<int> fillers{open("/dev/null", O_RDONLY)};
    QVERIFY(fillers[0] >= 0);
    for (int fd; (fd = dup(fillers[0])) >= 0;)
      fillers.push_back(fd);
    QVERIFY(!fillers.empty());
    close(fillers.back());
    fillers.pop_back();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("^accept failed"));
    rusage r0{};
    getrusage(RUSAGE_SELF, &r0);
    auto c = std::make_unique<QTcpSocket>();
    c->connectToHost(QHostAddress::LocalHost, server.port()); // handshake done by the kernel
    QVERIFY(c->waitForConnected(2000));
    c->write("GET /late HTTP/1.1\r\n\r\n");
    c->waitForBytesWritten(1000);
    QVERIFY(!c->waitForReadyRead(800)); // not accepted yet
    rusage r1{};
    getrusage(RUSAGE_SELF, &r1);
    for (int fd : fillers)
      close(fd);
    setrlimit(RLIMIT_NOFILE, &saved);
    const double cpu =
        (r1.ru_utime.tv_sec - r0.ru_utime.tv_sec + r1.ru_stime.tv_sec - r0.ru_stime.tv_sec) +
        (r1.ru_utime.tv_usec - r0.ru_utime.tv_usec + r1.ru_stime.tv_usec - r0.ru_stime.tv_usec) / 1e6;
    QVERIFY2(cpu < 0.4, qPrintable(QStringLiteral("%1 s CPU in 0.8 s while out of descriptors").arg(cpu)));
    QVERIFY(c->waitForReadyRead(2000));
    QByteArray in = c->readAll();
    while (replies(in).isEmpty() && c->waitForReadyRead(1000))
      in += c->readAll();
    QCOMPARE(replies(in).value(0).status, 200);
  }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "test_http_server.moc"
