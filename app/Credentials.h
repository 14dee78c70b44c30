#pragma once
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace epidesk {

// Passwords and cluster tokens in the OS keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain, service "EpiDesk". Never
// falls back to plain text: without a working keychain, isAvailable() turns
// false and callers ask for the password each time. Jobs are asynchronous
// and bounded by a timeout, so a keychain that never answers cannot hang
// the GUI. EPIDESK_KEYCHAIN=off disables the keychain (kiosks, CI).
class Credentials : public QObject {
  Q_OBJECT
public:
  enum class Status { Found, NotFound, Unavailable };
  using ReadDone = std::function<void(Status status, const QString &password)>;
  using WriteDone = std::function<void(bool ok, const QString &error)>;

  explicit Credentials(QObject *parent = nullptr);
  static QString service() { return QStringLiteral("EpiDesk"); }

  // False once a job found no usable keychain (or it is disabled).
  bool isAvailable() const { return m_available; }
  QString unavailableReason() const { return m_reason; }
  void setTimeout(int ms) { m_timeoutMs = ms; }

  // done runs once, on this object's thread; not after this object is gone.
  void read(const QString &key, ReadDone done);
  void write(const QString &key, const QString &password, WriteDone done = {});
  void remove(const QString &key);

  // Cluster API tokens: one entry per cluster (scheme, host, port, path).
  static QString clusterTokenKey(const QUrl &clusterUrl);
  void readClusterToken(const QUrl &clusterUrl, ReadDone done) {
    read(clusterTokenKey(clusterUrl), std::move(done));
  }
  void storeClusterToken(const QUrl &clusterUrl, const QString &token, WriteDone done = {}) {
    write(clusterTokenKey(clusterUrl), token, std::move(done));
  }
  void deleteClusterToken(const QUrl &clusterUrl) { remove(clusterTokenKey(clusterUrl)); }

signals:
  void availabilityChanged(bool available);

private:
  void markUnavailable(const QString &reason);

  bool m_available = true;
  QString m_reason;
  int m_timeoutMs = 10000;
};

} // namespace epidesk
