#include "DemoGenerator.h"

#include "Feedback.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <random>
#include <vector>

namespace epidesk {
namespace { // implementation details, internal to this file

constexpr int kYears = DemoGenerator::kLastYear - DemoGenerator::kFirstYear + 1;
inline int yearIndex(int year) {
  return year - DemoGenerator::kFirstYear;
}

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class DemoText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::DemoGenerator)
};

// ---------------------------------------------------------------------------
// Random numbers: std::mt19937_64 is specified bit-exactly by the standard,
// std distributions are not, so every distribution below is our own.
quint64 splitMix(quint64 x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Independent stream per purpose, so one file never depends on another.
quint64 streamSeed(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0) {
  return splitMix(splitMix(splitMix(splitMix(seed) ^ a) ^ b) ^ c);
}

class Rng {
public:
  explicit Rng(quint64 seed) : m_engine(seed) {}
  quint64 next() { return m_engine(); }
  double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
  quint32 below(quint32 n) { return quint32(((m_engine() >> 32) * quint64(n)) >> 32); }
  bool chance(double p) { return uniform() < p; }
  double normal() { // Box-Muller, one value per call (simple and portable)
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  // Mean-one multiplicative noise with the given log-sd.
  double logNoise(double sigma) { return std::exp(sigma * normal() - 0.5 * sigma * sigma); }
  // Rounds x up or down with probability given by its fraction (unbiased).
  qint64 stochasticRound(double x) {
    const double f = std::floor(x);
    return qint64(f) + (uniform() < x - f ? 1 : 0);
  }

private:
  std::mt19937_64 m_engine;
};

// Walker/Vose alias table: O(1) weighted choice among many municipalities.
class AliasTable {
public:
  explicit AliasTable(const std::vector<double> &weights) {
    const size_t n = weights.size();
    m_prob.assign(n, 0);
    m_alias.assign(n, 0);
    double total = 0;
    for (double w : weights)
      total += w;
    std::vector<double> p(n);
    std::vector<quint32> small, large;
    for (size_t i = 0; i < n; ++i) {
      p[i] = total > 0 ? weights[i] * double(n) / total : 1.0;
      (p[i] < 1.0 ? small : large).push_back(quint32(i));
    }
    while (!small.empty() && !large.empty()) {
      const quint32 s = small.back(), l = large.back();
      small.pop_back();
      m_prob[s] = toThreshold(p[s]);
      m_alias[s] = l;
      p[l] -= 1.0 - p[s];
      if (p[l] < 1.0) {
        large.pop_back();
        small.push_back(l);
      }
    }
    for (quint32 i : large)
      m_prob[i] = 0xFFFFFFFFu, m_alias[i] = i;
    for (quint32 i : small)
      m_prob[i] = 0xFFFFFFFFu, m_alias[i] = i;
  }
  // One 64-bit draw: high half picks the column, low half the coin.
  quint32 sample(Rng &rng) const {
    const quint64 r = rng.next();
    const quint32 col = quint32(((r >> 32) * quint64(m_prob.size())) >> 32);
    return quint32(r) < m_prob[col] ? col : m_alias[col];
  }

private:
  static quint32 toThreshold(double p) { return quint32(std::min(1.0, std::max(0.0, p)) * 4294967295.0); }
  std::vector<quint32> m_prob;
  std::vector<quint32> m_alias;
};

// Small weighted choice (a handful of presentations or codes).
class SmallChoice {
public:
  void add(double weight) { m_cum.push_back((m_cum.empty() ? 0 : m_cum.back()) + weight); }
  int sample(Rng &rng) const {
    const double u = rng.uniform() * m_cum.back();
    int i = 0;
    while (i + 1 < int(m_cum.size()) && u >= m_cum[i])
      ++i;
    return i;
  }

private:
  std::vector<double> m_cum;
};

// ---------------------------------------------------------------------------
// Windows-1252 bytes for text that is UTF-16 in Qt (Portuguese needs only the
// Latin-1 range, but the cp1252-only punctuation is mapped too).
QByteArray toCp1252(const QString &text) {
  static const ushort kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  QByteArray out;
  out.reserve(text.size());
  for (QChar c : text) {
    const ushort u = c.unicode();
    char byte = '?';
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
      byte = char(u);
    } else {
      for (int i = 0; i < 32; ++i)
        if (kHigh[i] && kHigh[i] == u)
          byte = char(0x80 + i);
    }
    out.append(byte);
  }
  return out;
}
QByteArray cp(const char *utf8) {
  return toCp1252(QString::fromUtf8(utf8));
}

// ---------------------------------------------------------------------------
// Shared reference data: states, boundary municipalities, IBGE population.
enum Region { Norte, Nordeste, Sudeste, Sul, CentroOeste, RegionCount };
const char *const kRegionNames[RegionCount] = {"Norte", "Nordeste", "Sudeste", "Sul", "Centro-Oeste"};

struct UfData {
  int code = 0;
  QString sigla;
  QByteArray siglaBytes;
  Region region = Norte;
  std::vector<QByteArray> muniNames; // upper case, cp1252
  std::vector<int> muniCodes;
  std::array<double, kYears> population{}; // whole state, all IBGE codes
};

class ReferenceData {
public:
  bool load(const QString &sharedDir, QString *error) {
    const QString br = QDir(sharedDir).filePath(QStringLiteral("data/br"));
    return loadUfs(br, error) && loadPopulation(br, error) && loadMunicipalities(br, error);
  }
  const std::vector<UfData> &ufs() const { return m_ufs; }
  double municipalityPopulation(int code, int year) const {
    auto it = m_muniPop.find(code);
    return it == m_muniPop.end() ? 0.0 : it->second[yearIndex(year)];
  }
  double brazilPopulation(int year) const {
    double sum = 0;
    for (const UfData &uf : m_ufs)
      sum += uf.population[yearIndex(year)];
    return sum;
  }
  int ufIndex(int code) const {
    for (size_t i = 0; i < m_ufs.size(); ++i)
      if (m_ufs[i].code == code)
        return int(i);
    return -1;
  }

private:
  static bool readAll(const QString &path, QByteArray *data, QString *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
      *error = DemoText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
      return false;
    }
    *data = f.readAll();
    return true;
  }

  bool loadUfs(const QString &br, QString *error) {
    QByteArray data;
    if (!readAll(br + QStringLiteral("/uf.csv"), &data, error))
      return false;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
      const QStringList f = lines[i].trimmed().split(QLatin1Char(','));
      if (f.size() < 4)
        continue;
      UfData uf;
      uf.code = f[0].toInt();
      uf.sigla = f[1];
      uf.siglaBytes = f[1].toLatin1();
      for (int r = 0; r < RegionCount; ++r)
        if (f[3] == QLatin1String(kRegionNames[r]))
          uf.region = Region(r);
      m_ufs.push_back(uf);
    }
    if (m_ufs.size() != 27) {
      *error = DemoText::tr("%1 does not list the 27 states")
                   .arg(QDir::toNativeSeparators(br + QStringLiteral("/uf.csv")));
      return false;
    }
    return true;
  }

  bool loadPopulation(const QString &br, QString *error) {
    const QString path = br + QStringLiteral("/population_municipality_ibge6579.csv");
    QByteArray data;
    if (!readAll(path, &data, error))
      return false;
    const QList<QByteArray> lines = data.split('\n');
    std::array<int, kYears> column;
    column.fill(-1);
    if (!lines.isEmpty()) {
      const QList<QByteArray> header = lines[0].trimmed().split(';');
      for (int c = 0; c < header.size(); ++c) {
        const int year = header[c].toInt();
        if (year >= DemoGenerator::kFirstYear && year <= DemoGenerator::kLastYear)
          column[yearIndex(year)] = c;
      }
    }
    if (std::find(column.begin(), column.end(), -1) != column.end()) {
      *error = DemoText::tr("%1 lacks population for 2014-2021").arg(QDir::toNativeSeparators(path));
      return false;
    }
    for (int i = 1; i < lines.size(); ++i) {
      const QList<QByteArray> f = lines[i].trimmed().split(';');
      if (f.size() < 2)
        continue;
      const int code = f[0].toInt();
      const int uf = ufIndex(code / 100000);
      if (uf < 0)
        continue;
      std::array<double, kYears> pop{};
      for (int y = 0; y < kYears; ++y) {
        pop[y] = column[y] < f.size() ? f[column[y]].toDouble() : 0.0;
        m_ufs[uf].population[y] += pop[y];
      }
      m_muniPop.emplace(code, pop);
    }
    return true;
  }

  // The GeoJSON files are large (geometry); only the small "properties"
  // objects are parsed.
  bool loadMunicipalities(const QString &br, QString *error) {
    for (UfData &uf : m_ufs) {
      const QString path = br + QStringLiteral("/municipalities/geojs-%1-mun.json").arg(uf.code);
      QByteArray data;
      if (!readAll(path, &data, error))
        return false;
      std::vector<std::pair<int, QString>> munis;
      for (int at = data.indexOf("\"properties\""); at >= 0; at = data.indexOf("\"properties\"", at + 1)) {
        const int open = data.indexOf('{', at), close = data.indexOf('}', open);
        if (open < 0 || close < 0)
          break;
        const QJsonObject p = QJsonDocument::fromJson(data.mid(open, close - open + 1)).object();
        const int code = p.value(QStringLiteral("id")).toVariant().toInt();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (code > 0 && !name.isEmpty())
          munis.emplace_back(code, name);
      }
      std::sort(munis.begin(), munis.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
      for (const auto &m : munis) {
        uf.muniCodes.push_back(m.first);
        uf.muniNames.push_back(toCp1252(m.second.toUpper()));
      }
      if (uf.muniCodes.empty()) {
        *error = DemoText::tr("No municipalities in %1").arg(QDir::toNativeSeparators(path));
        return false;
      }
    }
    return true;
  }

  std::vector<UfData> m_ufs;
  std::map<int, std::array<double, kYears>> m_muniPop;
};

// ---------------------------------------------------------------------------
// What is sold: products (ingredient + presentation) grouped by the volume
// model that drives them.
enum class Season { Respiratory, Flat };
enum class Trend { Antimicrobial, Controlled };

struct Product {
  QByteArray ingredient, presentation, unit;
};

struct ProductGroup {
  std::vector<Product> products;
  SmallChoice choice;
  QByteArray tipo; // TIPO_RECEITUARIO
  bool antimicrobial = true;
  Season season = Season::Respiratory;
  Trend trend = Trend::Antimicrobial;
  double rows2014 = 0; // full-scale national rows in 2014 (azithromycin: calibrated instead)
  void add(const char *ingredient, const char *presentation, const char *unit, double weight) {
    products.push_back({cp(ingredient), cp(presentation), cp(unit)});
    choice.add(weight);
  }
};

struct ProductSpec {
  const char *ingredient;
  int tipo;
  Season season;
  double millions2014;
  std::vector<std::pair<const char *, double>> presentations; // "FRASCO:" prefix = bottle
};

std::vector<ProductGroup> buildCatalogue() {
  std::vector<ProductGroup> groups;
  // Group 0 is azithromycin: both ANVISA spellings, several presentations.
  ProductGroup azi;
  azi.tipo = "5";
  azi.add("AZITROMICINA", "500 MG COM REV CT BL AL PLAS TRANS X 3", "CAIXA", 34);
  azi.add("AZITROMICINA", "500 MG COM REV CT BL AL PLAS TRANS X 5", "CAIXA", 10);
  azi.add("AZITROMICINA", "40 MG/ML PO SUS OR CT FR VD AMB X 15 ML + SER DOSAD", "FRASCO", 12);
  azi.add("AZITROMICINA", "40 MG/ML PO SUS OR CT FR VD AMB X 22,5 ML + SER DOSAD", "FRASCO", 7);
  azi.add("AZITROMICINA", "1000 MG COM REV CT BL AL PLAS TRANS X 1", "CAIXA", 2);
  azi.add("AZITROMICINA DI-HIDRATADA", "500 MG COM REV CT BL AL PLAS TRANS X 3", "CAIXA", 22);
  azi.add("AZITROMICINA DI-HIDRATADA", "600 MG PO SUS OR CT FR VD AMB + SER DOSAD", "FRASCO", 8);
  azi.add("AZITROMICINA DI-HIDRATADA", "900 MG PO SUS OR CT FR VD AMB + SER DOSAD", "FRASCO", 5);
  groups.push_back(azi);

  const Season R = Season::Respiratory, F = Season::Flat;
  const std::vector<ProductSpec> specs = {
      {"AMOXICILINA",
       5,
       R,
       11.0,
       {{"500 MG CAP GEL DURA CT BL AL PLAS TRANS X 21", 50},
        {"FRASCO:50 MG/ML PO SUS OR CT FR VD AMB X 150 ML", 30},
        {"875 MG COM REV CT BL AL PLAS TRANS X 14", 20}}},
      {"AMOXICILINA + CLAVULANATO DE POTÁSSIO",
       5,
       R,
       3.5,
       {{"875 MG + 125 MG COM REV CT BL AL AL X 14", 55},
        {"FRASCO:(50 + 12,5) MG/ML PO SUS OR CT FR VD AMB X 100 ML", 45}}},
      {"CEFALEXINA",
       5,
       F,
       5.5,
       {{"500 MG CAP GEL DURA CT BL AL PLAS TRANS X 8", 70},
        {"FRASCO:50 MG/ML PO SUS OR CT FR VD AMB X 100 ML", 30}}},
      {"CIPROFLOXACINO",
       5,
       F,
       4.5,
       {{"500 MG COM REV CT BL AL PLAS TRANS X 14", 75}, {"500 MG COM REV CT BL AL PLAS TRANS X 6", 25}}},
      {"SULFAMETOXAZOL + TRIMETOPRIMA",
       5,
       F,
       2.5,
       {{"400 MG + 80 MG COM CT BL AL PLAS TRANS X 20", 60},
        {"FRASCO:(40 + 8) MG/ML SUS OR CT FR PLAS AMB X 100 ML", 40}}},
      {"NITROFURANTOÍNA", 5, F, 1.5, {{"100 MG CAP GEL DURA CT BL AL PLAS TRANS X 28", 100}}},
      {"LEVOFLOXACINO", 5, R, 1.2, {{"500 MG COM REV CT BL AL PLAS TRANS X 7", 100}}},
      {"NORFLOXACINO", 5, F, 1.2, {{"400 MG COM REV CT BL AL PLAS TRANS X 14", 100}}},
      {"CLARITROMICINA",
       5,
       R,
       1.0,
       {{"500 MG COM REV CT BL AL PLAS TRANS X 14", 70},
        {"FRASCO:25 MG/ML GRAN SUS OR CT FR VD AMB X 60 ML", 30}}},
      {"DOXICICLINA", 5, F, 0.6, {{"100 MG COM CT BL AL PLAS TRANS X 15", 100}}},
      {"CEFUROXIMA", 5, R, 0.5, {{"500 MG COM REV CT BL AL PLAS TRANS X 14", 100}}},
      {"CLONAZEPAM",
       2,
       F,
       5.0,
       {{"2 MG COM CT BL AL PLAS TRANS X 30", 60}, {"FRASCO:2,5 MG/ML SOL OR CT FR VD AMB X 20 ML", 40}}},
      {"ALPRAZOLAM",
       2,
       F,
       2.8,
       {{"0,5 MG COM CT BL AL PLAS TRANS X 30", 55}, {"1 MG COM CT BL AL PLAS TRANS X 30", 45}}},
      {"ZOLPIDEM", 2, F, 1.8, {{"10 MG COM REV CT BL AL PLAS TRANS X 20", 100}}},
      {"DIAZEPAM", 2, F, 1.4, {{"10 MG COM CT BL AL PLAS TRANS X 30", 100}}},
      {"BROMAZEPAM", 2, F, 1.0, {{"3 MG COM CT BL AL PLAS TRANS X 30", 100}}},
      {"FLUOXETINA", 1, F, 2.2, {{"20 MG CAP GEL DURA CT BL AL PLAS TRANS X 30", 100}}},
      {"SERTRALINA", 1, F, 2.0, {{"50 MG COM REV CT BL AL PLAS TRANS X 30", 100}}},
      {"ESCITALOPRAM", 1, F, 1.2, {{"10 MG COM REV CT BL AL PLAS TRANS X 30", 100}}},
      {"AMITRIPTILINA", 1, F, 1.2, {{"25 MG COM REV CT BL AL PLAS TRANS X 30", 100}}},
      {"TRAMADOL", 1, F, 0.8, {{"50 MG CAP GEL DURA CT BL AL PLAS TRANS X 10", 100}}},
      {"METILFENIDATO", 4, F, 0.35, {{"10 MG COM CT BL AL PLAS TRANS X 30", 100}}},
      {"ISOTRETINOÍNA", 3, F, 0.25, {{"20 MG CAP GEL MOLE CT BL AL PLAS TRANS X 30", 100}}},
  };
  for (const ProductSpec &s : specs) {
    ProductGroup g;
    g.tipo = QByteArray::number(s.tipo);
    g.antimicrobial = s.tipo == 5;
    g.trend = g.antimicrobial ? Trend::Antimicrobial : Trend::Controlled;
    g.season = s.season;
    g.rows2014 = s.millions2014 * 1e6;
    for (const auto &p : s.presentations) {
      const bool bottle = std::strncmp(p.first, "FRASCO:", 7) == 0;
      g.add(s.ingredient, bottle ? p.first + 7 : p.first, bottle ? "FRASCO" : "CAIXA", p.second);
    }
    groups.push_back(std::move(g));
  }
  return groups;
}

// National volume of the non-azithromycin groups relative to 2014: fewer
// antibiotics in the 2020 lockdown, steadily more psychotropics.
double trendFactor(Trend trend, int year) {
  static const double kAnti[kYears] = {1.00, 0.97, 0.96, 0.97, 0.99, 1.01, 0.82, 0.93};
  static const double kCtrl[kYears] = {1.00, 1.03, 1.06, 1.09, 1.12, 1.16, 1.24, 1.30};
  return (trend == Trend::Antimicrobial ? kAnti : kCtrl)[yearIndex(year)];
}

// Monthly weight: winter (July) peak for respiratory drugs, strongest in the
// south; the 2020/2021 COVID waves for azithromycin.
double monthWeight(Season season, Region region, int year, int month, bool azithromycin) {
  static const double kAmplitude[RegionCount] = {0.04, 0.08, 0.18, 0.28, 0.12};
  double w = 1.0;
  if (season == Season::Respiratory)
    w += kAmplitude[region] * std::cos(6.283185307179586 * (month - 7) / 12.0);
  if (azithromycin && year == 2020) {
    static const double kCovid[12] = {0.9, 0.9, 1.3, 1.6, 1.9, 2.1, 2.0, 1.7, 1.4, 1.2, 1.3, 1.5};
    w *= kCovid[month - 1];
  } else if (azithromycin && year == 2021) {
    static const double kWave[12] = {1.1, 1.1, 1.35, 1.3, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    w *= kWave[month - 1];
  }
  return w;
}

// Integer split of total proportional to weights (largest remainder), so
// the parts add up exactly.
std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights) {
  std::vector<qint64> out(weights.size(), 0);
  double sum = 0;
  for (double w : weights)
    sum += w;
  if (total <= 0 || sum <= 0)
    return out;
  std::vector<std::pair<double, size_t>> rest;
  qint64 given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const double exact = double(total) * weights[i] / sum;
    out[i] = qint64(std::floor(exact));
    given += out[i];
    rest.emplace_back(exact - double(out[i]), i);
  }
  std::stable_sort(rest.begin(), rest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
  for (size_t k = 0; given < total && k < rest.size(); ++k, ++given)
    ++out[rest[k].second];
  return out;
}

// ---------------------------------------------------------------------------
// Calibration: national yearly azithromycin targets and their split by state.
class Calibration {
public:
  Calibration(const ReferenceData &ref, quint64 seed, double scale) : m_ref(ref), m_scale(scale) {
    computeNational();
    computeStateShares();
    computeStateAzithromycin(seed);
  }

  const std::array<qint64, kYears> &fullScale() const { return m_full; }
  qint64 scaledNational(int year) const { return m_scaled[yearIndex(year)]; }
  qint64 stateAzithromycin(int uf, int year) const { return m_byUf[uf][yearIndex(year)]; }
  double stateShare(int uf, int year) const { return m_share[uf][yearIndex(year)]; }

  QVector<DemoYearTarget> targets(int fromYear, int toYear) const {
    QVector<DemoYearTarget> out;
    for (int year = fromYear; year <= toYear; ++year) {
      DemoYearTarget t;
      t.year = year;
      t.population = m_ref.brazilPopulation(year);
      t.fullScale = m_full[yearIndex(year)];
      t.per1000 = 1000.0 * double(t.fullScale) / t.population;
      t.scaled = m_scaled[yearIndex(year)];
      out.push_back(t);
    }
    return out;
  }

private:
  // 2014 and 2020 = 1.321 x 2014 are placed so that both published rates
  // (66.2 and 83.8 per 1,000) round correctly with equal margin; the other
  // years share the rest of the published total in a fixed shape.
  void computeNational() {
    const double p14 = m_ref.brazilPopulation(2014), p20 = m_ref.brazilPopulation(2020);
    const double g = 1.0 + DemoGenerator::kPublishedGrowth;
    const double k = p14 / p20;
    const double delta =
        (DemoGenerator::kPublishedRate2020 - g * DemoGenerator::kPublishedRate2014 * k) / (1.0 + g * k);
    const qint64 a14 = std::llround(p14 * (DemoGenerator::kPublishedRate2014 + delta) / 1000.0);
    const qint64 a20 = std::llround(double(a14) * g);
    static const int kOtherYears[] = {2015, 2016, 2017, 2018, 2019, 2021};
    static const double kShape[] = {0.90, 0.80, 0.76, 0.77, 0.81, 0.84};
    const std::vector<qint64> rest = apportion(DemoGenerator::kPublishedTotal - a14 - a20,
                                               std::vector<double>(std::begin(kShape), std::end(kShape)));
    m_full[yearIndex(2014)] = a14;
    m_full[yearIndex(2020)] = a20;
    for (size_t i = 0; i < rest.size(); ++i)
      m_full[yearIndex(kOtherYears[i])] = rest[i];
    for (int y = 0; y < kYears; ++y)
      m_scaled[y] = std::llround(double(m_full[y]) * m_scale);
  }

  void computeStateShares() {
    static const double kRegionFactor[RegionCount] = {0.80, 0.88, 1.08, 1.12, 1.00};
    const auto &ufs = m_ref.ufs();
    m_share.assign(ufs.size(), {});
    for (int y = 0; y < kYears; ++y) {
      double total = 0;
      for (size_t u = 0; u < ufs.size(); ++u)
        total += ufs[u].population[y] * kRegionFactor[ufs[u].region];
      for (size_t u = 0; u < ufs.size(); ++u)
        m_share[u][y] = ufs[u].population[y] * kRegionFactor[ufs[u].region] / total;
    }
  }

  // Monotone states get a fixed rising series; the others share the rest of
  // each year's national total with noise (apportioned, so totals are exact).
  void computeStateAzithromycin(quint64 seed) {
    static const double kGrowth[kYears] = {1.00, 1.04, 1.08, 1.12, 1.16, 1.21, 1.55, 1.58};
    const auto &ufs = m_ref.ufs();
    const QStringList monotone = DemoGenerator::monotoneStates();
    m_byUf.assign(ufs.size(), {});
    std::vector<bool> isMonotone(ufs.size(), false);
    std::array<qint64, kYears> monotoneSum{};
    for (size_t u = 0; u < ufs.size(); ++u) {
      if (!monotone.contains(ufs[u].sigla))
        continue;
      isMonotone[u] = true;
      const double base = 0.80 * m_share[u][0] * double(m_full[0]) * m_scale;
      qint64 previous = 0;
      for (int y = 0; y < kYears; ++y) {
        const qint64 c = std::max(previous + 1, std::llround(base * kGrowth[y]));
        m_byUf[u][y] = previous = c;
        monotoneSum[y] += c;
      }
    }
    Rng rng(streamSeed(seed, 0xA217));
    for (int y = 0; y < kYears; ++y) {
      std::vector<double> weights;
      std::vector<size_t> index;
      for (size_t u = 0; u < ufs.size(); ++u) {
        const double noise = rng.logNoise(0.07); // drawn for every state: stable streams
        if (isMonotone[u])
          continue;
        weights.push_back(m_share[u][y] * noise);
        index.push_back(u);
      }
      const std::vector<qint64> parts = apportion(std::max<qint64>(0, m_scaled[y] - monotoneSum[y]), weights);
      for (size_t i = 0; i < parts.size(); ++i)
        m_byUf[index[i]][y] = parts[i];
    }
  }

  const ReferenceData &m_ref;
  double m_scale;
  std::array<qint64, kYears> m_full{};
  std::array<qint64, kYears> m_scaled{};
  std::vector<std::array<double, kYears>> m_share;
  std::vector<std::array<qint64, kYears>> m_byUf;
};

// ---------------------------------------------------------------------------
// Buffered CRLF/';' writer: raw bytes into a large buffer, no QString per row.
class RowWriter {
public:
  explicit RowWriter(QFile &file) : m_file(file), m_buf(kSize) {}
  ~RowWriter() { flush(); }
  bool ok() const { return m_ok; }

  void field(const QByteArray &b) { append(b.constData(), size_t(b.size())); }
  void sep() { m_buf[m_n++] = ';'; }
  void number(qint64 v) {
    char tmp[24];
    int n = 0;
    const bool neg = v < 0;
    quint64 u = neg ? quint64(-v) : quint64(v);
    do {
      tmp[n++] = char('0' + u % 10);
      u /= 10;
    } while (u);
    if (neg)
      tmp[n++] = '-';
    while (n)
      m_buf[m_n++] = tmp[--n];
  }
  void endLine() {
    m_buf[m_n++] = '\r';
    m_buf[m_n++] = '\n';
    if (m_n > kSize - kMaxLine)
      flush();
  }
  void flush() {
    if (m_n && m_ok)
      m_ok = m_file.write(m_buf.data(), qint64(m_n)) == qint64(m_n);
    m_n = 0;
  }

private:
  static constexpr size_t kSize = 4u << 20;
  static constexpr size_t kMaxLine = 4096; // far above any row we write
  void append(const char *p, size_t n) {
    std::memcpy(m_buf.data() + m_n, p, n);
    m_n += n;
  }
  QFile &m_file;
  std::vector<char> m_buf;
  size_t m_n = 0;
  bool m_ok = true;
};

// ---------------------------------------------------------------------------
// The per-row fields that are not the product: quantity, prescriber, CID-10,
// sex and age (filled mostly for antimicrobials).
class RowFiller {
public:
  RowFiller() {
    for (const char *c : {"J02.9", "J03.9", "J06.9", "J01.9", "J18.9", "J20.9", "H66.9", "N39.0", "A09",
                          "L03.9", "K04.7", "J32.9"})
      m_antiCid.push_back(c);
    for (const char *c : {"F41.1", "F32.9", "F41.0", "G47.0", "F90.0", "F33.1"})
      m_ctrlCid.push_back(c);
  }

  // QTD_VENDIDA
  void quantity(RowWriter &w, Rng &rng) const {
    const double u = rng.uniform();
    w.number(u < 0.80 ? 1 : u < 0.95 ? 2 : u < 0.99 ? 3 : 4 + qint64(rng.below(3)));
  }
  // CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR
  void prescriber(RowWriter &w, Rng &rng, bool antimicrobial, const QByteArray &uf,
                  const std::vector<UfData> &ufs) const {
    const double u = rng.uniform();
    const double crm = antimicrobial ? 0.85 : 0.97, cro = antimicrobial ? 0.97 : 0.99;
    w.field(u < crm ? m_crm : u < cro ? m_cro : m_crmv);
    w.sep();
    w.field(rng.chance(0.95) ? uf : ufs[rng.below(quint32(ufs.size()))].siglaBytes);
  }
  // CID10;SEXO;IDADE;UNIDADE_IDADE
  void patient(RowWriter &w, Rng &rng, bool antimicrobial) const {
    const auto &cids = antimicrobial ? m_antiCid : m_ctrlCid;
    if (rng.chance(antimicrobial ? 0.25 : 0.03))
      w.field(cids[rng.below(quint32(cids.size()))]);
    w.sep();
    if (!rng.chance(antimicrobial ? 0.75 : 0.15)) {
      w.sep();
      w.sep();
      return;
    }
    w.number(rng.chance(0.58) ? 2 : 1);
    w.sep();
    qint64 age = 0, unit = 1;
    if (antimicrobial && rng.chance(0.20)) {
      if (rng.chance(0.30))
        age = 1 + rng.below(23), unit = 2;
      else
        age = 2 + rng.below(11);
    } else {
      const double mean = antimicrobial ? 42 : 48, sd = antimicrobial ? 18 : 16;
      age = std::clamp<qint64>(std::llround(mean + sd * rng.normal()), 12, 99);
    }
    w.number(age);
    w.field(m_decimalZero);
    w.sep();
    w.number(unit);
  }

private:
  std::vector<QByteArray> m_antiCid, m_ctrlCid;
  QByteArray m_crm = "CRM", m_cro = "CRO", m_crmv = "CRMV", m_decimalZero = ".0";
};

// ---------------------------------------------------------------------------
// Deliberate dirt, placed by (seed, year) so a file does not depend on the
// requested range.
enum class DirtKind { None, BadUf, NegativeQuantity, NonNumericQuantity, BadAge, Unmatched };

struct DirtRow {
  DirtKind kind;
  int month;
  int uf;           // state block the row follows
  int newMuni = -1; // index into kNewMunicipalities
};

struct NewMunicipality {
  int ufCode;
  const char *name;
};
// Created after 2013: in the IBGE estimates, absent from the boundaries.
const NewMunicipality kNewMunicipalities[] = {{15, "MOJUÍ DOS CAMPOS"}, {22, "NAZÁRIA"},
                                              {42, "PESCARIA BRAVA"},   {42, "BALNEÁRIO RINCÃO"},
                                              {43, "PINTO BANDEIRA"},   {50, "PARAÍSO DAS ÁGUAS"}};

std::vector<DirtRow> dirtForYear(quint64 seed, int year, const ReferenceData &ref) {
  Rng rng(streamSeed(seed, 0xD127, quint64(year)));
  std::vector<DirtRow> rows;
  const int nUf = int(ref.ufs().size());
  for (DirtKind k : {DirtKind::BadUf, DirtKind::BadUf, DirtKind::NegativeQuantity,
                     DirtKind::NonNumericQuantity, DirtKind::BadAge})
    rows.push_back({k, 1 + int(rng.below(12)), int(rng.below(quint32(nUf)))});
  for (int i = 0; i < 3; ++i) {
    const int m = int(rng.below(std::size(kNewMunicipalities)));
    rows.push_back(
        {DirtKind::Unmatched, 1 + int(rng.below(12)), ref.ufIndex(kNewMunicipalities[m].ufCode), m});
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Writes one month file.
class MonthWriter {
public:
  MonthWriter(const ReferenceData &ref, const Calibration &cal, const std::vector<ProductGroup> &groups,
              const DemoOptions &opt)
      : m_ref(ref), m_cal(cal), m_groups(groups), m_opt(opt) {
    // Per-state, per-group level noise (fixed over years) and yearly wobble.
    Rng rng(streamSeed(opt.seed, 0x6E01));
    m_groupNoise.assign(ref.ufs().size(), std::vector<std::array<double, kYears>>(groups.size()));
    for (auto &perUf : m_groupNoise)
      for (auto &perGroup : perUf) {
        const double level = rng.logNoise(0.15);
        for (double &v : perGroup)
          v = level * rng.logNoise(0.04);
      }
    for (const NewMunicipality &m : kNewMunicipalities)
      m_newMuniNames.push_back(cp(m.name));
  }

  // Returns data rows written; dirt counts are added to *dirt.
  qint64 write(QFile &file, int year, int month, bool blankLine, Feedback *feedback, DemoDirt *dirt,
               bool *ok) {
    RowWriter w(file);
    writeHeader(w, year);
    const QByteArray prefix = QByteArray::number(year) + ';' + QByteArray::number(month) + ';';
    Rng rng(streamSeed(m_opt.seed, 0xF11E, quint64(year), quint64(month)));
    const std::vector<DirtRow> dirtRows = dirtForYear(m_opt.seed, year, m_ref);
    const auto &ufs = m_ref.ufs();
    qint64 rows = 0;
    for (size_t u = 0; u < ufs.size(); ++u) {
      if (feedback && feedback->isCanceled())
        throw Canceled{};
      const UfData &uf = ufs[u];
      std::vector<double> muniWeights;
      for (int code : uf.muniCodes)
        muniWeights.push_back(m_ref.municipalityPopulation(code, year));
      const AliasTable munis(muniWeights);
      for (size_t g = 0; g < m_groups.size(); ++g) {
        const qint64 n = rowsFor(int(u), int(g), year, month, rng);
        for (qint64 i = 0; i < n; ++i)
          writeRow(w, rng, prefix, uf, uf.muniNames[munis.sample(rng)], m_groups[g]);
        rows += n;
      }
      for (const DirtRow &d : dirtRows) {
        if (d.month != month || d.uf != int(u))
          continue;
        const ProductGroup &g = m_groups[1 + rng.below(quint32(m_groups.size() - 1))];
        if (d.kind == DirtKind::Unmatched) {
          writeRow(w, rng, prefix, uf, m_newMuniNames[d.newMuni], g); // only the name is wrong
          ++dirt->unmatchedMunicipality;
        } else {
          const ProductGroup &anti = m_groups[1]; // antimicrobial: IDADE present
          writeRow(w, rng, prefix, uf, uf.muniNames[rng.below(quint32(uf.muniNames.size()))],
                   d.kind == DirtKind::BadAge ? anti : g, d.kind);
          count(d.kind, dirt);
        }
        ++rows;
      }
      if (blankLine && u == 0) {
        w.endLine();
        ++dirt->blankLines;
      }
    }
    w.flush();
    *ok = w.ok();
    return rows;
  }

private:
  static void count(DirtKind k, DemoDirt *dirt) {
    switch (k) {
    case DirtKind::BadUf:
      ++dirt->badUf;
      break;
    case DirtKind::NegativeQuantity:
      ++dirt->negativeQuantity;
      break;
    case DirtKind::NonNumericQuantity:
      ++dirt->nonNumericQuantity;
      break;
    case DirtKind::BadAge:
      ++dirt->badAge;
      break;
    case DirtKind::None:
    case DirtKind::Unmatched:
      break;
    }
  }

  void writeHeader(RowWriter &w, int year) {
    static const QByteArray kClassic =
        "ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;QTD_VENDIDA;"
        "UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;TIPO_RECEITUARIO;CID10;SEXO;IDADE;"
        "UNIDADE_IDADE";
    static const QByteArray kNew = "NU_ANO_VENDA;NU_MES_VENDA;SG_UF_VENDA;NO_MUNICIPIO_VENDA;DS_PRINCIPIO_"
                                   "ATIVO;DS_DESCRICAO_APRESENTACAO;"
                                   "QT_VENDIDA;DS_UNIDADE_MEDIDA;NO_CONSELHO_PRESCRITOR;SG_UF_CONSELHO_"
                                   "PRESCRITOR;TP_RECEITUARIO;CO_CID10;"
                                   "SG_SEXO;NU_IDADE;NU_UNIDADE_IDADE";
    w.field(year >= m_opt.newHeaderFromYear ? kNew : kClassic);
    w.endLine();
  }

  // Azithromycin: the exact calibrated count for (state, month). Others:
  // expected volume with noise, rounded stochastically.
  qint64 rowsFor(int uf, int g, int year, int month, Rng &rng) {
    const Region region = m_ref.ufs()[uf].region;
    const ProductGroup &group = m_groups[g];
    std::vector<double> w(12);
    for (int m = 1; m <= 12; ++m)
      w[m - 1] = monthWeight(group.season, region, year, m, g == 0);
    if (g == 0)
      return apportion(m_cal.stateAzithromycin(uf, year), w)[month - 1];
    double sum = 0;
    for (double v : w)
      sum += v;
    const double expected = group.rows2014 * trendFactor(group.trend, year) * m_cal.stateShare(uf, year) *
                            m_groupNoise[uf][g][yearIndex(year)] * w[month - 1] / sum * m_opt.scale;
    return rng.stochasticRound(expected);
  }

  void writeRow(RowWriter &w, Rng &rng, const QByteArray &prefix, const UfData &uf, const QByteArray &muni,
                const ProductGroup &g, DirtKind fault = DirtKind::None) {
    const Product &p = g.products[g.choice.sample(rng)];
    w.field(prefix);
    w.field(fault == DirtKind::BadUf ? (rng.chance(0.5) ? m_badUfA : m_badUfB) : uf.siglaBytes);
    w.sep();
    w.field(muni);
    w.sep();
    w.field(p.ingredient);
    w.sep();
    w.field(p.presentation);
    w.sep();
    if (fault == DirtKind::NegativeQuantity)
      w.number(-1 - qint64(rng.below(2)));
    else if (fault == DirtKind::NonNumericQuantity)
      w.field(m_nonNumeric);
    else
      m_filler.quantity(w, rng);
    w.sep();
    w.field(p.unit);
    w.sep();
    m_filler.prescriber(w, rng, g.antimicrobial, uf.siglaBytes, m_ref.ufs());
    w.sep();
    w.field(g.tipo);
    w.sep();
    if (fault == DirtKind::BadAge) {
      w.field(m_badAgeRow);
    } else {
      m_filler.patient(w, rng, g.antimicrobial);
    }
    w.endLine();
  }

  const ReferenceData &m_ref;
  const Calibration &m_cal;
  const std::vector<ProductGroup> &m_groups;
  const DemoOptions &m_opt;
  RowFiller m_filler;
  std::vector<std::vector<std::array<double, kYears>>> m_groupNoise; // uf -> group -> year
  std::vector<QByteArray> m_newMuniNames;
  QByteArray m_badUfA = "XX", m_badUfB = "S P", m_nonNumeric = "N/D";
  QByteArray m_badAgeRow = "J03.9;2;4O,O;1"; // letter O instead of zero
};

QJsonObject manifestJson(const DemoManifest &m, const DemoOptions &opt) {
  QJsonObject o;
  o[QStringLiteral("generator")] = QStringLiteral("epidesk demo generate (DemoGenerator v1)");
  o[QStringLiteral("created")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  o[QStringLiteral("seed")] = QString::number(m.seed); // 64-bit: exact as text
  o[QStringLiteral("scale")] = m.scale;
  o[QStringLiteral("from_year")] = m.fromYear;
  o[QStringLiteral("to_year")] = m.toYear;
  o[QStringLiteral("new_header_from_year")] = opt.newHeaderFromYear;
  o[QStringLiteral("encoding")] = QStringLiteral("windows-1252");
  o[QStringLiteral("line_end")] = QStringLiteral("CRLF");
  o[QStringLiteral("total_rows")] = double(m.totalRows);
  o[QStringLiteral("expected_quarantined_rows")] = double(m.dirt.expectedQuarantined());
  o[QStringLiteral("expected_warning_rows")] = double(m.dirt.expectedWarnings());
  QJsonObject dirt;
  dirt[QStringLiteral("bad_uf")] = double(m.dirt.badUf);
  dirt[QStringLiteral("negative_quantity")] = double(m.dirt.negativeQuantity);
  dirt[QStringLiteral("non_numeric_quantity")] = double(m.dirt.nonNumericQuantity);
  dirt[QStringLiteral("bad_age")] = double(m.dirt.badAge);
  dirt[QStringLiteral("unmatched_municipality_rows")] = double(m.dirt.unmatchedMunicipality);
  dirt[QStringLiteral("blank_lines")] = double(m.dirt.blankLines);
  o[QStringLiteral("dirt")] = dirt;
  QJsonObject published;
  published[QStringLiteral("azithromycin_total_2014_2021")] = double(DemoGenerator::kPublishedTotal);
  published[QStringLiteral("growth_2014_2020_percent")] = DemoGenerator::kPublishedGrowth * 100;
  published[QStringLiteral("per_1000_2014")] = DemoGenerator::kPublishedRate2014;
  published[QStringLiteral("per_1000_2020")] = DemoGenerator::kPublishedRate2020;
  published[QStringLiteral("monotone_states")] = QJsonArray::fromStringList(DemoGenerator::monotoneStates());
  o[QStringLiteral("published")] = published;
  QJsonArray years;
  for (const DemoYearTarget &t : m.azithromycin) {
    QJsonObject y;
    y[QStringLiteral("year")] = t.year;
    y[QStringLiteral("population")] = t.population;
    y[QStringLiteral("azithromycin_full_scale")] = double(t.fullScale);
    y[QStringLiteral("per_1000")] = std::round(t.per1000 * 1000) / 1000;
    y[QStringLiteral("azithromycin_scaled")] = double(t.scaled);
    years.append(y);
  }
  o[QStringLiteral("azithromycin_targets")] = years;
  QJsonObject byUf;
  for (auto it = m.azithromycinByUf.begin(); it != m.azithromycinByUf.end(); ++it) {
    QJsonObject perYear;
    for (auto y = it->begin(); y != it->end(); ++y)
      perYear[QString::number(y.key())] = double(y.value());
    byUf[it.key()] = perYear;
  }
  o[QStringLiteral("azithromycin_by_uf")] = byUf;
  QJsonObject shares;
  for (auto it = m.regionShares.begin(); it != m.regionShares.end(); ++it)
    shares[it.key()] = std::round(it.value() * 10000) / 10000;
  o[QStringLiteral("azithromycin_region_shares")] = shares;
  QJsonArray files;
  for (const DemoFile &f : m.files) {
    QJsonObject fo;
    fo[QStringLiteral("file")] = QFileInfo(f.path).fileName();
    fo[QStringLiteral("year")] = f.year;
    fo[QStringLiteral("month")] = f.month;
    fo[QStringLiteral("rows")] = double(f.rows);
    files.append(fo);
  }
  o[QStringLiteral("files")] = files;
  return o;
}

} // namespace

QVector<DemoYearTarget> DemoGenerator::azithromycinTargets(const QString &sharedDir, double scale,
                                                           QString *error) {
  ReferenceData ref;
  QString err;
  if (!ref.load(sharedDir, &err)) {
    if (error)
      *error = err;
    return {};
  }
  return Calibration(ref, 0, scale).targets(kFirstYear, kLastYear);
}

DemoManifest DemoGenerator::generate(const DemoOptions &opt, const QString &sharedDir, Feedback *feedback) {
  DemoManifest m;
  m.outDir = opt.outDir;
  m.seed = opt.seed;
  m.scale = opt.scale;
  m.fromYear = opt.fromYear;
  m.toYear = opt.toYear;
  if (!(opt.scale > 0 && opt.scale <= 10)) {
    m.error = DemoText::tr("The scale must be above 0 and at most 10 (got %1).").arg(opt.scale);
    return m;
  }
  if (opt.fromYear < kFirstYear || opt.toYear > kLastYear || opt.fromYear > opt.toYear) {
    m.error = DemoText::tr("Demo data covers %1-%2; the requested years are %3-%4.")
                  .arg(kFirstYear)
                  .arg(kLastYear)
                  .arg(opt.fromYear)
                  .arg(opt.toYear);
    return m;
  }
  if (!QDir().mkpath(opt.outDir)) {
    m.error = DemoText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(opt.outDir));
    return m;
  }
  ReferenceData ref;
  if (!ref.load(sharedDir, &m.error))
    return m;
  const Calibration cal(ref, opt.seed, opt.scale);
  const std::vector<ProductGroup> groups = buildCatalogue();
  MonthWriter writer(ref, cal, groups, opt);
  m.azithromycin = cal.targets(opt.fromYear, opt.toYear);

  const QDir dir(opt.outDir);
  const int nFiles = (opt.toYear - opt.fromYear + 1) * 12;
  for (int year = opt.fromYear; year <= opt.toYear; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const QString name =
          QStringLiteral("EDA_Industrializados_%1%2.csv").arg(year).arg(month, 2, 10, QLatin1Char('0'));
      const QString path = dir.filePath(name);
      if (feedback)
        feedback->setStatus(DemoText::tr("Writing %1").arg(name));
      QFile file(path);
      if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m.error = DemoText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return m;
      }
      bool ok = true;
      qint64 rows = 0;
      try {
        rows = writer.write(file, year, month, m.files.isEmpty(), feedback, &m.dirt, &ok);
      } catch (const Canceled &) {
        file.remove();
        throw;
      }
      file.close();
      if (!ok || file.error() != QFileDevice::NoError) {
        m.error = DemoText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return m;
      }
      m.files.push_back({path, year, month, rows});
      m.totalRows += rows;
      if (feedback)
        feedback->setProgress(100.0 * double(m.files.size()) / nFiles);
    }
  }

  // Azithromycin by state and the realised regional shares.
  std::array<double, RegionCount> byRegion{};
  double total = 0;
  for (size_t u = 0; u < ref.ufs().size(); ++u)
    for (int year = opt.fromYear; year <= opt.toYear; ++year) {
      const qint64 c = cal.stateAzithromycin(int(u), year);
      m.azithromycinByUf[ref.ufs()[u].sigla][year] = c;
      byRegion[ref.ufs()[u].region] += double(c);
      total += double(c);
    }
  for (int r = 0; r < RegionCount; ++r)
    m.regionShares[QLatin1String(kRegionNames[r])] = total > 0 ? byRegion[r] / total : 0.0;

  QFile mf(dir.filePath(QStringLiteral("demo_manifest.json")));
  if (!mf.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      mf.write(QJsonDocument(manifestJson(m, opt)).toJson(QJsonDocument::Indented)) < 0) {
    m.error =
        DemoText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(mf.fileName()), mf.errorString());
    return m;
  }
  return m;
}

} // namespace epidesk
