#include "CancelListener.h"
#include <pqxx/pqxx>

namespace epidesk {

class CancelListener::Receiver : public pqxx::notification_receiver {
public:
  Receiver(pqxx::connection &c, QSet<QString> *out)
      : notification_receiver(c, CancelListener::channel), m_out(out) {}
  void operator()(const std::string &payload, int) override {
    m_out->insert(QString::fromStdString(payload));
  }

private:
  QSet<QString> *m_out;
};

CancelListener::CancelListener(QString uri) : m_uri(std::move(uri)) {}

CancelListener::~CancelListener() {
  m_receiver.reset();
  m_conn.reset();
}

QSet<QString> CancelListener::take(bool *resubscribed) {
  *resubscribed = false;
  try {
    if (!m_conn || !m_conn->is_open()) {
      m_receiver.reset();
      m_conn = std::make_unique<pqxx::connection>(m_uri.toStdString());
      pqxx::nontransaction(*m_conn).exec("SET application_name = 'epidesk-worker-cancel'");
      m_receiver = std::make_unique<Receiver>(*m_conn, &m_cancelled); // issues LISTEN
      *resubscribed = true;
    }
    m_conn->get_notifs(); // reads what arrived; never waits
    if (!m_conn->is_open())
      throw pqxx::broken_connection("notification connection lost");
  } catch (...) {
    m_receiver.reset();
    m_conn.reset();
    throw;
  }
  QSet<QString> out;
  out.swap(m_cancelled);
  return out;
}

} // namespace epidesk
