#pragma once
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <pqxx/pqxx>
#include <string>

namespace epidesk::db {

// Conversions between libpqxx fields and Qt values, shared by the stores.
inline std::string str(const QString &s) {
  return s.toStdString();
}
inline QString qstr(const pqxx::field &f) {
  return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>());
}
inline double num(const pqxx::field &f) {
  return f.is_null() ? 0.0 : f.as<double>();
}
// Epoch seconds (from extract(epoch ...)) as ISO 8601 UTC with milliseconds; null for 0.
inline QJsonValue isoTime(double epoch) {
  if (epoch <= 0)
    return QJsonValue::Null;
  return QDateTime::fromMSecsSinceEpoch(qint64(epoch * 1000), Qt::UTC).toString(Qt::ISODateWithMs);
}
// A UTC instant as PostgreSQL timestamptz input text.
inline std::string timestamp(const QDateTime &t) {
  return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}
inline QDateTime instant(const pqxx::field &epochSeconds) {
  return epochSeconds.is_null()
             ? QDateTime()
             : QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds.as<double>() * 1000 + 0.5), Qt::UTC);
}

} // namespace epidesk::db
