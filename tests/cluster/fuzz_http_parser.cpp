// libFuzzer target for HttpRequestParser (configure with -DEPIDESK_FUZZ=ON
// and clang): the first input byte picks a chunk size, the rest is fed in
// chunks of that size; aborts when the bounds of test_http_parser break.
#include "HttpRequestParser.h"
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using epidesk::HttpRequestParser;
  if (size == 0)
    return 0;
  const size_t chunk = 1 + data[0] % 64;
  const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
  HttpRequestParser::Limits limits;
  limits.maxHeaderBytes = 2048;
  limits.maxBodyBytes = 4096;
  HttpRequestParser p(limits);
  for (qsizetype i = 0; i < bytes.size(); i += qsizetype(chunk)) {
    p.feed(bytes.sliced(i, std::min<qsizetype>(qsizetype(chunk), bytes.size() - i)));
    HttpRequestParser::Status s;
    while ((s = p.next()) == HttpRequestParser::Status::Request || s == HttpRequestParser::Status::Continue)
      p.takeRequest();
    if (s == HttpRequestParser::Status::Error) {
      const int status = p.error().status;
      if (p.bufferedBytes() != 0 || (status != 400 && status != 411 && status != 413 && status != 417 &&
                                     status != 431 && status != 505))
        abort();
      return 0;
    }
    const bool body = p.phase() == HttpRequestParser::Phase::Body;
    if (p.bufferedBytes() > (body ? limits.maxBodyBytes : limits.maxHeaderBytes))
      abort();
  }
  return 0;
}
