#include "QuarantineCsv.h"
#include <QCoreApplication>
#include <QSaveFile>

namespace epidesk {

QByteArray QuarantineCsv::quote(const QString &field) {
  QByteArray utf8 = field.toUtf8();
  if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
    return utf8;
  utf8.replace("\"", "\"\"");
  return '"' + utf8 + '"';
}

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
    out += quote(e.file) + ',' + QByteArray::number(e.line) + ',' + quote(e.field) + ',' + quote(e.reason) +
           ',' + quote(e.raw) + '\n';
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
