#include "QuarantineCsv.h"
#include "CsvCell.h"
#include <QCoreApplication>
#include <QSaveFile>

namespace epidesk {

namespace {
QByteArray text(const QString &value) {
  return CsvCell::text(value).toUtf8();
}
} // namespace

bool QuarantineCsv::write(const QString &path, const std::vector<QuarantineEntry> &entries, QString *error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error)
      *error =
          QCoreApplication::translate("QuarantineCsv", "Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  QByteArray out = "file,line,field,reason,raw\n";
  for (const QuarantineEntry &e : entries) {
    out += text(e.file) + ',' + QByteArray::number(e.line) + ',' + text(e.field) + ',' + text(e.reason) +
           ',' + text(e.raw) + '\n';
    if (out.size() > (1 << 20)) {
      file.write(out);
      out.clear();
    }
  }
  file.write(out);
  if (!file.commit()) {
    if (error)
      *error =
          QCoreApplication::translate("QuarantineCsv", "Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

} // namespace epidesk
