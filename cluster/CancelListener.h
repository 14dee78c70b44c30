#pragma once
#include <QSet>
#include <QString>
#include <memory>
#include <pqxx/pqxx>

namespace epidesk {

// The cancellations the server announces (NOTIFY epidesk_job_cancelled with
// the job's id as payload), on a connection of its own that LISTENs again
// after every reconnect. Notifications sent while it was disconnected are
// lost, so the caller checks the job's status after each resubscription.
class CancelListener {
public:
  static constexpr char channel[] = "epidesk_job_cancelled";

  explicit CancelListener(QString uri);
  ~CancelListener();

  // Connects and LISTENs when needed (true in *resubscribed then), then takes
  // the notifications that arrived, without blocking: the ids of jobs
  // cancelled since the last call. Throws on database errors (the connection
  // is dropped and made again on a later call).
  QSet<QString> take(bool *resubscribed);

private:
  class Receiver;
  QString m_uri;
  std::unique_ptr<pqxx::connection> m_conn;
  std::unique_ptr<Receiver> m_receiver; // destroyed before m_conn
  QSet<QString> m_cancelled;
};

} // namespace epidesk
