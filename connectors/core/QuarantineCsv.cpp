#include "QuarantineCsv.h"
#include "CsvWriter.h"

namespace epidesk {

bool QuarantineCsv::write(const QString &path, const std::vector<QuarantineEntry> &entries, QString *error) {
  return CsvWriter::save(
      path, CsvWriter::Cells::Exported,
      [&](CsvWriter &w) {
        w.header({"file", "line", "field", "reason", "raw"});
        for (const QuarantineEntry &e : entries) {
          w.text(e.file).integer(e.line).text(e.field).text(e.reason).text(e.raw);
          w.endRow();
        }
      },
      error);
}

} // namespace epidesk
