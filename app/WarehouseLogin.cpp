#include "WarehouseLogin.h"
#include "AppSettings.h"
#include "warehouse/ConnectionDialog.h"
#include "Credentials.h"
#include "DataSource.h"
#include "WarehouseCatalogue.h"
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

WarehouseLogin::WarehouseLogin(QWidget *window, Credentials *credentials, AppSettings *settings)
    : QObject(window), m_window(window), m_credentials(credentials), m_settings(settings) {
  // Learn early whether the keychain works when its password will be wanted
  // (not otherwise: a locked keyring would prompt at every start).
  if (m_settings->warehouseConnection().rememberPassword)
    m_credentials->read(m_settings->warehouseConnection().credentialKey(), {});
}

void WarehouseLogin::abandon() {
  ++m_generation;
  m_connecting = false;
}

void WarehouseLogin::openLocation(const QString &uri, bool quiet) {
  WarehouseConnection connection;
  QString password; // only when the user typed one into --db
  if (!WarehouseConnection::fromUri(uri, &connection, &password)) {
    emit statusMessage(tr("Cannot open %1: not a PostgreSQL URI").arg(uri.section(QLatin1Char('@'), -1)),
                       10000);
    return;
  }
  // Settings the URI does not carry (timeouts, "remember") come from the dialog's last use.
  const WarehouseConnection saved = m_settings->warehouseConnection();
  connection.rememberPassword = saved.rememberPassword;
  connection.statementTimeoutSeconds = saved.statementTimeoutSeconds;
  if (!password.isEmpty() || !connection.rememberPassword || !m_credentials->isAvailable()) {
    // No stored password: trust, peer or ~/.pgpass may still let us in;
    // otherwise the dialog asks (unless quiet).
    connectTo(connection, password, quiet);
    return;
  }
  m_credentials->read(connection.credentialKey(),
                      [this, connection, quiet](Credentials::Status, const QString &stored) {
                        connectTo(connection, stored, quiet);
                      });
}

void WarehouseLogin::connectTo(const WarehouseConnection &connection, const QString &password, bool quiet) {
  const quint64 generation = ++m_generation;
  m_connecting = true;
  const QString uri = connection.uri(); // without the password
  emit statusMessage(tr("Connecting to %1…").arg(connection.displayName()), 0);
  using Result = std::pair<std::shared_ptr<const DataSource>, QString>;
  auto *watcher = new QFutureWatcher<Result>(this);
  connect(watcher, &QFutureWatcherBase::finished, this,
          [this, watcher, generation, connection, uri, password, quiet] {
            watcher->deleteLater();
            if (generation != m_generation)
              return; // another source was chosen meanwhile
            m_connecting = false;
            auto [source, error] = watcher->result();
            if (!source) {
              emit statusMessage(tr("Cannot connect to the warehouse: %1").arg(error), 15000);
              emit failed(error);
              if (!quiet)
                showDialog(error);
              return;
            }
            m_warehouseName = connection.displayName();
            Opened warehouse;
            warehouse.source = std::move(source);
            warehouse.reopen = [uri, password](QString *e) { return openWarehouse(uri, password, e); };
            warehouse.password = password;
            emit opened(warehouse);
          });
  watcher->setFuture(QtConcurrent::run([uri, password] {
    QString error;
    std::shared_ptr<const DataSource> source = openWarehouse(uri, password, &error);
    return Result(std::move(source), error);
  }));
}

void WarehouseLogin::showDialog(const QString &error) {
  auto *dialog = new ConnectionDialog(m_window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  const WarehouseConnection saved = m_settings->warehouseConnection();
  dialog->setKeychainAvailable(m_credentials->isAvailable(), m_credentials->unavailableReason());
  dialog->setConnection(saved);
  dialog->setMessage(error);
  if (m_credentials->isAvailable()) {
    // Prefills the password and, without a keychain, tells the dialog.
    QPointer<ConnectionDialog> guard(dialog);
    m_credentials->read(saved.credentialKey(),
                        [this, guard](Credentials::Status status, const QString &stored) {
                          if (!guard)
                            return;
                          if (status == Credentials::Status::Found && guard->password().isEmpty())
                            guard->setPassword(stored);
                          else if (status == Credentials::Status::Unavailable)
                            guard->setKeychainAvailable(false, m_credentials->unavailableReason());
                        });
  }
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    const WarehouseConnection connection = dialog->connection();
    const QString password = dialog->password();
    m_settings->setWarehouseConnection(connection); // never the password
    if (connection.rememberPassword && !password.isEmpty()) {
      m_credentials->write(connection.credentialKey(), password, [this](bool ok, const QString &why) {
        if (!ok)
          emit statusMessage(
              tr("The password could not be saved in the keychain (%1); EpiDesk will ask for it next time.")
                  .arg(why),
              15000);
      });
    } else if (!connection.rememberPassword) {
      m_credentials->remove(connection.credentialKey());
    }
    connectTo(connection, password);
  });
  dialog->open();
}

} // namespace epidesk
