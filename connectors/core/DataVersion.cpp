#include "DataVersion.h"
#include "DataSource.h"
#include <QCryptographicHash>
#include <algorithm>

namespace epidesk {

QString dataVersion(const DataSource &source) {
  std::vector<ImportRecord> imports = source.imports();
  std::sort(imports.begin(), imports.end(),
            [](const ImportRecord &a, const ImportRecord &b) { return a.fileName < b.fileName; });
  QCryptographicHash h(QCryptographicHash::Sha256);
  for (const ImportRecord &r : imports) {
    const QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                             .arg(r.fileName, r.importedAt.toUTC().toString(Qt::ISODateWithMs))
                             .arg(r.rowsRead)
                             .arg(r.rowsLoaded)
                             .arg(r.rowsQuarantined);
    h.addData(line.toUtf8());
  }
  return QStringLiteral("v1-") + QString::fromLatin1(h.result().toHex().left(24));
}

} // namespace epidesk
