#include "ImportSink.h"

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

} // namespace epidesk
