#pragma once
#include "DashboardDocument.h"
#include <QCoreApplication>

namespace epidesk {

// Reading and writing .epidash files. Writes are atomic (QSaveFile) and
// canonical: the same document gives the same bytes, so open -> save leaves
// a file unchanged. Every error names the file and the field.
class DashboardFile {
  Q_DECLARE_TR_FUNCTIONS(DashboardFile)
public:
  static constexpr qint64 kMaxBytes = 16 * 1024 * 1024; // a document is small; refuse anything larger

  static QByteArray toBytes(const DashboardDocument &document);
  // fileName is only for messages ("FILE: field: message").
  static std::optional<DashboardDocument> fromBytes(const QByteArray &bytes, const QString &fileName,
                                                    QString *error);
  static std::optional<DashboardDocument> read(const QString &path, QString *error);
  static bool write(const DashboardDocument &document, const QString &path, QString *error);
};

// Store paths inside a document: relative to the document's folder when the
// store is in it or below it, else absolute.
class DocumentPaths {
public:
  // What to write into source.store for an absolute store path.
  static QString storeForDocument(const QString &absoluteStore, const QString &documentPath);
  // The absolute store path a document's source.store means.
  static QString resolveStore(const QString &storeInDocument, const QString &documentPath);
};

} // namespace epidesk
