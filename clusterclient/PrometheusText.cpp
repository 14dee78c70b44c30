#include "PrometheusText.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace epidesk {

namespace {
class PrometheusTextText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::PrometheusText)
};

bool isNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool isNameChar(char c) {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

std::optional<double> parseNumber(const QByteArray &token) {
  if (token == "NaN")
    return std::numeric_limits<double>::quiet_NaN();
  if (token == "+Inf" || token == "Inf")
    return std::numeric_limits<double>::infinity();
  if (token == "-Inf")
    return -std::numeric_limits<double>::infinity();
  bool ok = false;
  const double v = token.toDouble(&ok);
  return ok ? std::optional<double>(v) : std::nullopt;
}

// Reads one sample line; on failure returns the reason in *error.
std::optional<PrometheusSample> parseSample(const QByteArray &line, QString *error) {
  PrometheusSample s;
  qsizetype i = 0;
  const qsizetype n = line.size();
  auto skipSpaces = [&] {
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
      ++i;
  };
  skipSpaces();
  const qsizetype nameStart = i;
  if (i < n && isNameStart(line[i]))
    while (i < n && isNameChar(line[i]))
      ++i;
  if (i == nameStart) {
    *error = PrometheusTextText::tr("metric name expected");
    return std::nullopt;
  }
  s.name = line.mid(nameStart, i - nameStart);
  if (i < n && line[i] == '{') {
    ++i;
    for (;;) {
      skipSpaces();
      if (i < n && line[i] == '}') {
        ++i;
        break;
      }
      const qsizetype keyStart = i;
      while (i < n && isNameChar(line[i]) && line[i] != ':')
        ++i;
      if (i == keyStart || i >= n || line[i] != '=' || i + 1 >= n || line[i + 1] != '"') {
        *error = PrometheusTextText::tr("label expected as name=\"value\"");
        return std::nullopt;
      }
      const QByteArray key = line.mid(keyStart, i - keyStart);
      i += 2;
      QByteArray value;
      bool closed = false;
      while (i < n) {
        const char c = line[i++];
        if (c == '"') {
          closed = true;
          break;
        }
        if (c == '\\' && i < n) {
          const char e = line[i++];
          value += e == 'n' ? '\n' : e; // \\ \" \n
        } else {
          value += c;
        }
      }
      if (!closed) {
        *error = PrometheusTextText::tr("unterminated label value");
        return std::nullopt;
      }
      s.labels.append({key, value});
      skipSpaces();
      if (i < n && line[i] == ',')
        ++i;
      else if (!(i < n && line[i] == '}')) {
        *error = PrometheusTextText::tr("',' or '}' expected after a label");
        return std::nullopt;
      }
    }
  }
  const QList<QByteArray> rest = line.mid(i).simplified().split(' ');
  if (rest.value(0).isEmpty()) {
    *error = PrometheusTextText::tr("value missing");
    return std::nullopt;
  }
  const std::optional<double> value = parseNumber(rest[0]);
  if (!value) {
    *error = PrometheusTextText::tr("invalid value \"%1\"").arg(QString::fromUtf8(rest[0].left(40)));
    return std::nullopt;
  }
  bool timestampOk = true;
  if (rest.size() > 1)
    rest[1].toLongLong(&timestampOk);
  if (rest.size() > 2 || !timestampOk) {
    *error = PrometheusTextText::tr("unexpected text after the value");
    return std::nullopt;
  }
  s.value = *value;
  return s;
}

bool hasLabels(const PrometheusSample &s, const QList<QPair<QByteArray, QByteArray>> &labels) {
  return std::all_of(labels.cbegin(), labels.cend(), [&](const auto &l) { return s.labels.contains(l); });
}
} // namespace

QByteArray PrometheusSample::label(const QByteArray &key) const {
  for (const auto &[k, v] : labels)
    if (k == key)
      return v;
  return QByteArray();
}

PrometheusText PrometheusText::parse(const QByteArray &text) {
  PrometheusText out;
  int number = 0;
  for (const QByteArray &raw : text.split('\n')) {
    ++number;
    const QByteArray line = raw.trimmed(); // also drops a CR of CRLF text
    if (line.isEmpty() || line.startsWith('#'))
      continue;
    QString error;
    if (auto s = parseSample(line, &error))
      out.m_samples.append(std::move(*s));
    else
      out.m_errors.append({number, error});
  }
  return out;
}

std::optional<double> PrometheusText::value(const QByteArray &name,
                                            const QList<QPair<QByteArray, QByteArray>> &labels) const {
  for (const PrometheusSample &s : m_samples)
    if (s.name == name && hasLabels(s, labels))
      return s.value;
  return std::nullopt;
}

double PrometheusText::total(const QByteArray &name) const {
  double sum = 0;
  for (const PrometheusSample &s : m_samples)
    if (s.name == name)
      sum += s.value;
  return sum;
}

Histogram Histogram::from(const PrometheusText &text, const QByteArray &base) {
  Histogram h;
  const QByteArray bucketName = base + "_bucket";
  for (const PrometheusSample &s : text.samples()) {
    if (s.name != bucketName)
      continue;
    const std::optional<double> le = parseNumber(s.label("le"));
    if (le && !std::isnan(*le))
      h.buckets.append({*le, s.value});
  }
  std::sort(h.buckets.begin(), h.buckets.end(), [](const Bucket &a, const Bucket &b) { return a.le < b.le; });
  h.sum = text.value(base + "_sum").value_or(0);
  h.count = text.value(base + "_count").value_or(h.buckets.isEmpty() ? 0 : h.buckets.last().count);
  return h;
}

std::optional<double> Histogram::mean() const {
  if (count <= 0)
    return std::nullopt;
  return sum / count;
}

std::optional<double> Histogram::quantile(double q) const {
  if (count <= 0 || buckets.isEmpty() || q < 0 || q > 1)
    return std::nullopt;
  const double rank = q * count;
  double lowerBound = 0, lowerCount = 0;
  for (const Bucket &b : buckets) {
    if (b.count >= rank && b.count > lowerCount) {
      if (std::isinf(b.le)) // above the largest finite bound: that bound is all we know
        return lowerBound;
      return lowerBound + (b.le - lowerBound) * (rank - lowerCount) / (b.count - lowerCount);
    }
    if (!std::isinf(b.le)) {
      lowerBound = b.le;
      lowerCount = b.count;
    }
  }
  return lowerBound;
}

ClusterSnapshot ClusterSnapshot::fromMetrics(const PrometheusText &text) {
  ClusterSnapshot s;
  const std::pair<const char *, qint64 *> gauges[] = {
      {"epidesk_workers_alive", &s.workersAlive},   {"epidesk_jobs_queued", &s.queued},
      {"epidesk_jobs_running", &s.running},         {"epidesk_jobs_succeeded_total", &s.succeeded},
      {"epidesk_jobs_failed_total", &s.failed},     {"epidesk_jobs_cancelled_total", &s.cancelled},
      {"epidesk_results_cached", &s.resultsCached},
  };
  for (const auto &[name, field] : gauges) {
    if (const std::optional<double> v = text.value(name); v && std::isfinite(*v))
      *field = qint64(std::llround(*v));
    else
      s.missing << QString::fromLatin1(name);
  }
  s.duration = Histogram::from(text, "epidesk_job_duration_seconds");
  if (!text.value("epidesk_job_duration_seconds_count"))
    s.missing << QStringLiteral("epidesk_job_duration_seconds");
  return s;
}

} // namespace epidesk
