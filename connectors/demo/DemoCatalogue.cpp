#include "DemoCatalogue.h"

#include "Cp1252.h"

#include <QString>

#include <cstring>
#include <utility>

namespace epidesk::demo {

namespace {
QByteArray cp(const char *utf8) {
  return Cp1252::fromUnicode(QString::fromUtf8(utf8));
}

struct ProductSpec {
  const char *ingredient;
  int tipo;
  Season season;
  double millions2014;
  std::vector<std::pair<const char *, double>> presentations; // "FRASCO:" prefix = bottle
};
} // namespace

void ProductGroup::add(const char *ingredient, const char *presentation, const char *unit, double weight) {
  products.push_back({cp(ingredient), cp(presentation), cp(unit)});
  choice.add(weight);
}

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

} // namespace epidesk::demo
