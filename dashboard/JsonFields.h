#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace epidesk {

// Typed reads of one JSON object's fields for the document reader: each
// failed read records "path.field: message" and returns a neutral value, so
// the reader reports the first error with its full path.
class JsonFields {
public:
  JsonFields(const QJsonObject &object, QString path, QStringList *errors)
      : m_object(object), m_path(std::move(path)), m_errors(errors) {}

  QString fieldPath(const QString &key) const {
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
  }
  void fail(const QString &key, const QString &message) const {
    m_errors->append(fieldPath(key) + QStringLiteral(": ") + message);
  }
  bool has(const QString &key) const { return m_object.contains(key); }

  QString string(const QString &key, bool required = false) const;
  int integer(const QString &key, int minimum, int maximum, int fallback, bool required = false) const;
  double number(const QString &key, double minimum, double maximum, double fallback) const;
  // A non-negative integer up to 2^53 (row counts exceed int).
  qint64 count(const QString &key) const;
  bool boolean(const QString &key, bool fallback) const;
  QJsonObject object(const QString &key, bool required = false) const;
  QJsonArray array(const QString &key) const;
  QStringList strings(const QString &key) const;
  // Keys not in allowed are errors: a misspelt field must not be dropped silently.
  void rejectUnknown(const QStringList &allowed) const;

private:
  QJsonObject m_object;
  QString m_path;
  QStringList *m_errors;
};

} // namespace epidesk
