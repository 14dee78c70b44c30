#pragma once
#include <QByteArray>

namespace epidesk {

// The OpenAPI 3 document served at /openapi.json (kept beside the handlers
// it describes; tests check every route is listed).
QByteArray openApiDocument();

} // namespace epidesk
