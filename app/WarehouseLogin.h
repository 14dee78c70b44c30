#pragma once
#include "warehouse/WarehouseSettings.h"
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace epidesk {

class AppSettings;
class Credentials;
class DataSource;

// The desktop's way into the warehouse: the connection dialog (prefilled
// from settings and the keychain), the password in the OS keychain when the
// user asks for it, and connecting in a worker. The window only puts what
// opened() hands over into its panels; it never touches a password store.
class WarehouseLogin : public QObject {
  Q_OBJECT
public:
  // A warehouse just opened.
  struct Opened {
    std::shared_ptr<const DataSource> source;
    // Reopens with the same details after a lost connection; the password
    // stays in this closure's memory only.
    std::function<std::shared_ptr<const DataSource>(QString *error)> reopen;
    QString password; // the forecast tab's district series use the same login
  };

  // window: parent of the dialog. credentials and settings outlive this object.
  WarehouseLogin(QWidget *window, Credentials *credentials, AppSettings *settings);

  // A postgresql:// location (--db, the last store): the password from the
  // URI or, when remembered, from the keychain.
  void openLocation(const QString &uri, bool quiet);
  // Connects in a worker: opened() on success, else failed() and, unless
  // quiet, the dialog again with the error.
  void connectTo(const WarehouseConnection &connection, const QString &password, bool quiet = false);
  // The connection dialog; error (if any) says why it is shown again.
  void showDialog(const QString &error = QString());
  // Another source was chosen: an attempt still running must not replace it.
  void abandon();
  bool isConnecting() const { return m_connecting; }
  // "user@host:port/db" of the warehouse opened last (never a password).
  QString warehouseName() const { return m_warehouseName; }

signals:
  void opened(const epidesk::WarehouseLogin::Opened &warehouse);
  void failed(const QString &error);
  void statusMessage(const QString &text, int timeoutMs);

private:
  QWidget *m_window;
  Credentials *m_credentials;
  AppSettings *m_settings;
  QString m_warehouseName;
  quint64 m_generation = 0;
  bool m_connecting = false;
};

} // namespace epidesk
