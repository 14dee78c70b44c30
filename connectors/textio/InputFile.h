#pragma once
#include <QByteArray>
#include <QFile>
#include <QString>
#include <optional>

namespace epidesk {

// Opens an input file for reading, refusing what is not a regular file
// (folders always; FIFOs, devices and sockets unless allowNonRegular) with an
// error naming the file. The type is checked on the opened descriptor, which
// is opened without blocking, so neither a swapped path nor a FIFO without a
// writer can hang the caller.
// Errors are the reason alone ("it is a folder"); cannotRead() makes the
// usual "Cannot read PATH: reason".
class InputFile {
public:
  static bool open(QFile &file, const QString &path, bool allowNonRegular, QString *why);
  // The whole (regular) file when it is at most maxBytes; else nullopt and *why.
  static std::optional<QByteArray> readAll(const QString &path, qint64 maxBytes, QString *why);
  static QString cannotRead(const QString &path, const QString &why);
};

} // namespace epidesk
