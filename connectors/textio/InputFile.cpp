#include "InputFile.h"
#include <QCoreApplication>
#include <QFileInfo>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class InputFileText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::InputFile)
};

QString notRegular() {
  return InputFileText::tr("not a regular file (a device, FIFO or socket)");
}

QString folder() {
  return InputFileText::tr("it is a folder");
}

} // namespace

QString InputFile::cannotRead(const QString &path, const QString &why) {
  return InputFileText::tr("Cannot read %1: %2").arg(path, why);
}

bool InputFile::open(QFile &file, const QString &path, bool allowNonRegular, QString *why) {
  if (QFileInfo(path).isDir()) {
    *why = folder();
    return false;
  }
#ifdef Q_OS_UNIX
  const QByteArray name = QFile::encodeName(path);
  // A FIFO the caller asked for is opened blocking at once: its reader waits
  // for the writer. Opening it non-blocking first and again later would miss a
  // writer that came and went in between (its data would never be read).
  struct stat named {};
  const bool wantedFifo = allowNonRegular && ::stat(name.constData(), &named) == 0 && S_ISFIFO(named.st_mode);
  int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | (wantedFifo ? 0 : O_NONBLOCK));
  if (fd < 0) {
    *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode) || (!S_ISREG(st.st_mode) && !allowNonRegular)) {
    const bool dir = S_ISDIR(st.st_mode);
    ::close(fd);
    *why = dir ? folder() : notRegular();
    return false;
  }
  if (S_ISREG(st.st_mode)) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  } else if (!S_ISFIFO(st.st_mode) || !wantedFifo) {
    // Asked for: open again blocking, so a FIFO's reader waits for its writer
    // instead of seeing an empty file.
    ::close(fd);
    fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      *why = QString::fromLocal8Bit(std::strerror(errno));
      return false;
    }
  }
  file.setFileName(path);
  if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
    ::close(fd);
    *why = file.errorString();
    return false;
  }
  return true;
#else
  const QFileInfo info(path);
  if (info.exists() && !info.isFile() && !allowNonRegular) {
    *why = notRegular();
    return false;
  }
  file.setFileName(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *why = file.errorString();
    return false;
  }
  return true;
#endif
}

std::optional<QByteArray> InputFile::readAll(const QString &path, qint64 maxBytes, QString *why) {
  QFile file;
  if (!open(file, path, false, why))
    return std::nullopt;
  QByteArray data = file.read(maxBytes + 1); // one more: a file that grew while being read
  if (data.size() > maxBytes) {
    *why = InputFileText::tr("larger than %1 MiB").arg(maxBytes >> 20);
    return std::nullopt;
  }
  return data;
}

} // namespace epidesk
