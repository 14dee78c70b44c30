#include "ImportSink.h"
#include "DistrictSeriesStore.h"
#include <QCoreApplication>

namespace epidesk {

namespace {

// Sinks that only keep aggregates: the whole load is written at the end.
class AggregateOnlyWriter : public FileWriter {
public:
  explicit AggregateOnlyWriter(ImportSink &sink) : m_sink(sink) {}
  Status finish(const FileLoad &load, Feedback *feedback, QString *error) override {
    return m_sink.replaceFileLoad(load, feedback, error);
  }

private:
  ImportSink &m_sink;
};

} // namespace

std::unique_ptr<FileWriter> ImportSink::beginFile(const QString &, QString *) {
  return std::make_unique<AggregateOnlyWriter>(*this);
}

std::unique_ptr<DistrictSeriesStore> ImportSink::openDistrictSeries(QString *error) {
  if (error)
    *error = QCoreApplication::translate("DistrictSeriesStore", "%1 cannot store daily district series")
                 .arg(location());
  return nullptr;
}

} // namespace epidesk
