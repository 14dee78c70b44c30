#include "DashboardFile.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace epidesk {

namespace {

// 1-based line and column of a byte offset, for parse errors.
QString lineColumn(const QByteArray &bytes, int offset) {
  int line = 1, column = 1;
  for (int i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return DashboardFile::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

QByteArray DashboardFile::toBytes(const DashboardDocument &document) {
  // QJsonObject keeps keys sorted, so the bytes depend on the content only.
  return QJsonDocument(document.toJson()).toJson(QJsonDocument::Indented);
}

std::optional<DashboardDocument> DashboardFile::fromBytes(const QByteArray &bytes, const QString &fileName,
                                                          QString *error) {
  auto fail = [&](const QString &message) {
    if (error)
      *error = QStringLiteral("%1: %2").arg(fileName, message);
    return std::nullopt;
  };
  if (bytes.size() > kMaxBytes)
    return fail(tr("larger than %1 MiB; not a dashboard document").arg(kMaxBytes >> 20));
  QJsonParseError parse;
  const QJsonDocument json = QJsonDocument::fromJson(bytes, &parse);
  if (parse.error != QJsonParseError::NoError)
    return fail(tr("not valid JSON at %1: %2").arg(lineColumn(bytes, parse.offset), parse.errorString()));
  if (!json.isObject())
    return fail(tr("the document must be a JSON object"));
  QString message;
  std::optional<DashboardDocument> document = DashboardDocument::fromJson(json.object(), &message);
  if (!document)
    return fail(message);
  return document;
}

std::optional<DashboardDocument> DashboardFile::read(const QString &path, QString *error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    if (error)
      *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return std::nullopt;
  }
  // One byte more than the limit tells "too large" from "exactly the limit".
  return fromBytes(file.read(kMaxBytes + 1), path, error);
}

bool DashboardFile::write(const DashboardDocument &document, const QString &path, QString *error) {
  QSaveFile file(path);
  const QByteArray bytes = toBytes(document);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
    if (error)
      *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

QString DocumentPaths::storeForDocument(const QString &absoluteStore, const QString &documentPath) {
  const QDir folder = QFileInfo(documentPath).absoluteDir();
  const QString store = QFileInfo(absoluteStore).absoluteFilePath();
  const QString relative = folder.relativeFilePath(store);
  if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..") ||
      QDir::isAbsolutePath(relative))
    return QDir::cleanPath(store);
  return relative;
}

QString DocumentPaths::resolveStore(const QString &storeInDocument, const QString &documentPath) {
  if (storeInDocument.isEmpty() || QDir::isAbsolutePath(storeInDocument))
    return storeInDocument;
  return QDir::cleanPath(QFileInfo(documentPath).absoluteDir().filePath(storeInDocument));
}

} // namespace epidesk
