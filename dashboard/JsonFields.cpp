#include "JsonFields.h"
#include <QCoreApplication>
#include <cmath>

namespace epidesk {

namespace {
QString tr(const char *text) {
  return QCoreApplication::translate("epidesk::JsonFields", text);
}
} // namespace

QString JsonFields::string(const QString &key, bool required) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined()) {
    if (required)
      fail(key, tr("missing"));
    return {};
  }
  if (!v.isString()) {
    fail(key, tr("must be a string"));
    return {};
  }
  return v.toString();
}

int JsonFields::integer(const QString &key, int minimum, int maximum, int fallback, bool required) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined()) {
    if (required)
      fail(key, tr("missing"));
    return fallback;
  }
  const double d = v.toDouble(std::nan(""));
  if (!v.isDouble() || d != std::floor(d)) {
    fail(key, tr("must be an integer"));
    return fallback;
  }
  if (d < minimum || d > maximum) {
    fail(key, tr("must be between %1 and %2").arg(minimum).arg(maximum));
    return fallback;
  }
  return int(d);
}

double JsonFields::number(const QString &key, double minimum, double maximum, double fallback) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined())
    return fallback;
  const double d = v.toDouble(std::nan(""));
  if (!v.isDouble() || !(d >= minimum && d <= maximum)) {
    fail(key, tr("must be a number between %1 and %2").arg(minimum).arg(maximum));
    return fallback;
  }
  return d;
}

qint64 JsonFields::count(const QString &key) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined())
    return 0;
  const double d = v.toDouble(-1);
  if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || d != std::floor(d)) {
    fail(key, tr("must be a non-negative integer"));
    return 0;
  }
  return qint64(d);
}

bool JsonFields::boolean(const QString &key, bool fallback) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined())
    return fallback;
  if (!v.isBool()) {
    fail(key, tr("must be true or false"));
    return fallback;
  }
  return v.toBool();
}

QJsonObject JsonFields::object(const QString &key, bool required) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined()) {
    if (required)
      fail(key, tr("missing"));
    return {};
  }
  if (!v.isObject()) {
    fail(key, tr("must be an object"));
    return {};
  }
  return v.toObject();
}

QJsonArray JsonFields::array(const QString &key) const {
  const QJsonValue v = m_object.value(key);
  if (v.isUndefined())
    return {};
  if (!v.isArray()) {
    fail(key, tr("must be an array"));
    return {};
  }
  return v.toArray();
}

QStringList JsonFields::strings(const QString &key) const {
  QStringList out;
  const QJsonArray a = array(key);
  for (int i = 0; i < a.size(); ++i) {
    if (!a.at(i).isString()) {
      fail(QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be a string"));
      return {};
    }
    out.append(a.at(i).toString());
  }
  return out;
}

void JsonFields::rejectUnknown(const QStringList &allowed) const {
  for (auto it = m_object.begin(); it != m_object.end(); ++it)
    if (!allowed.contains(it.key()))
      fail(it.key(), tr("unknown field"));
}

} // namespace epidesk
