#pragma once
#include <QString>
#include <stdexcept>

namespace epidesk {

// A failure of the warehouse in words its users act on, without knowing the
// database driver: the views show a banner and reconnect for ConnectionLost
// and a message for QueryFailed. Thrown by the warehouse DataSource the
// views open (openWarehouse) for the calls that reach the server.
class WarehouseError : public std::runtime_error {
public:
  enum class Kind {
    ConnectionLost, // the server went away (restart, network); the same call can succeed later
    QueryFailed     // the server answered with an error
  };
  WarehouseError(Kind kind, const std::string &what) : std::runtime_error(what), m_kind(kind) {}
  Kind kind() const { return m_kind; }
  // The server's or libpq's text, without libpq's trailing newline.
  QString message() const { return QString::fromUtf8(what()).trimmed(); }

private:
  Kind m_kind;
};

namespace pg {
// Call inside a catch block: rethrows libpqxx's connection and SQL errors as
// WarehouseError and any other exception unchanged.
[[noreturn]] void rethrowAsWarehouseError();
} // namespace pg

} // namespace epidesk
