#pragma once
#include "WarehouseProbe.h"
#include "warehouse/WarehouseSettings.h"
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
template <typename T> class QFutureWatcher;

namespace epidesk {

// Edits a WarehouseConnection and its password. "Test connection" connects
// in a worker (QtConcurrent) and shows the server version or the server's
// error; the GUI never waits for it. The dialog neither stores nor logs the
// password: the caller puts it in the keychain when rememberPassword is set
// and the keychain works (setKeychainAvailable).
class ConnectionDialog : public QDialog {
  Q_OBJECT
public:
  explicit ConnectionDialog(QWidget *parent = nullptr);
  ~ConnectionDialog() override;

  void setConnection(const WarehouseConnection &connection);
  WarehouseConnection connection() const;
  void setPassword(const QString &password);
  QString password() const;
  // Without a keychain the password cannot be remembered: the checkbox is
  // disabled and a note says it will be asked each time.
  void setKeychainAvailable(bool available, const QString &reason = QString());
  bool keychainAvailable() const { return m_keychainAvailable; }
  // A line above the buttons, e.g. why an earlier attempt failed.
  void setMessage(const QString &text);
  QString message() const;
  // How long "Test connection" waits before giving up on an answer (ms).
  void setTestTimeout(int ms) { m_testTimeoutMs = ms; }
  bool isTesting() const { return m_testing; }

public slots:
  void testConnection();

signals:
  void testFinished(bool ok, const QString &message);

protected:
  void changeEvent(QEvent *event) override;

private:
  void finishTest(quint64 generation, const WarehouseProbe &probe);
  void updateButtons();
  void retranslate();

  QLineEdit *m_host;
  QSpinBox *m_port;
  QLineEdit *m_database;
  QLineEdit *m_user;
  QLineEdit *m_password;
  QComboBox *m_sslMode;
  QCheckBox *m_remember;
  QLabel *m_keychainNote;
  QPushButton *m_test;
  QLabel *m_result;
  QDialogButtonBox *m_buttons;
  QList<QLabel *> m_labels;
  QTimer *m_testTimer;
  QString m_keychainReason;
  WarehouseConnection m_base; // settings the dialog does not show (timeouts)
  bool m_keychainAvailable = true;
  bool m_testing = false;
  int m_testTimeoutMs = 20000;
  quint64 m_testGeneration = 0;
  QPointer<QFutureWatcher<WarehouseProbe>> m_watcher;
};

} // namespace epidesk
