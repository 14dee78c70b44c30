#pragma once
#include <QDir>
#include <QString>

// The shared data folder: $EPIDESK_SHARED_DIR (set by CTest), else the
// folder known at configure time.
inline QString sharedDataPath(const QString &relative) {
  QString root = qEnvironmentVariable("EPIDESK_SHARED_DIR");
  if (root.isEmpty())
    root = QStringLiteral(EPIDESK_SHARED_DIR);
  return QDir(root).filePath(relative);
}
