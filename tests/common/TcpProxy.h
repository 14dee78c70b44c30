#pragma once
// A TCP forwarder on 127.0.0.1 for outage tests, in a thread of its own (the
// test's thread blocks in HTTP calls): cut() drops every connection and stops
// listening, restore() listens again on the same port.
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace cltest {

class TcpProxy {
public:
  explicit TcpProxy(quint16 target) : m_target(target) {
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
    inThread([this] {
      m_server->listen(QHostAddress::LocalHost, 0);
      m_port = m_server->serverPort();
    });
  }
  ~TcpProxy() {
    inThread([this] {
      dropAll();
      delete m_server;
    });
    m_thread.quit();
    m_thread.wait();
  }
  quint16 port() const { return m_port; }
  void cut() {
    inThread([this] {
      m_server->close();
      dropAll();
    });
  }
  bool restore() {
    bool ok = false;
    inThread([&] { ok = m_server->listen(QHostAddress::LocalHost, m_port); });
    return ok;
  }

private:
  template <typename F> void inThread(F f) {
    QMetaObject::invokeMethod(m_server, f, Qt::BlockingQueuedConnection);
  }
  void accept() {
    while (QTcpSocket *in = m_server->nextPendingConnection()) {
      auto *out = new QTcpSocket(in); // written to while connecting: Qt buffers it
      out->connectToHost(QHostAddress::LocalHost, m_target);
      QObject::connect(in, &QTcpSocket::readyRead, in, [in, out] { out->write(in->readAll()); });
      QObject::connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
      QObject::connect(in, &QTcpSocket::disconnected, in, [in, out] {
        out->disconnectFromHost();
        in->deleteLater();
      });
      QObject::connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
      m_connections << in;
    }
  }
  void dropAll() {
    for (const QPointer<QTcpSocket> &in : m_connections)
      if (in) {
        for (QTcpSocket *out : in->findChildren<QTcpSocket *>())
          out->abort();
        in->abort();
        in->deleteLater();
      }
    m_connections.clear();
  }

  quint16 m_target;
  quint16 m_port = 0;
  QThread m_thread;
  QTcpServer *m_server;
  QList<QPointer<QTcpSocket>> m_connections;
};

} // namespace cltest
