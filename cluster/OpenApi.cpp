#include "OpenApi.h"
#include "ForecastParamSchema.h"
#include "JobStatus.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace epidesk {

namespace {
const char kDocument[] = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "EpiDesk cluster API",
    "version": "1",
    "description": "Queue of trend, forecast, relocation and dashboard computations run by epidesk-worker processes with the same analytics code as the desktop. POST a request: 422 for invalid input, 200 with the stored result when an identical request on the same data already succeeded, otherwise 202 with a job id to poll. A dashboard job renders a .epidash document to PDF on a worker, against the worker's data source; the PDF is downloaded from /v1/jobs/{id}/artifacts/report.pdf."
  },
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Token from `epidesk-server token create`."}},
    "schemas": {
      "JobRequest": {
        "type": "object", "required": ["kind", "params"],
        "properties": {
          "kind": {"type": "string", "enum": ["trends", "forecast", "relocation", "dashboard"]},
          "params": {"type": "object", "description": "dashboard: DashboardParams. trends: TrendRequest {ingredient_contains, level (municipality|uf|region|country), period (year|month), from, to, measure (prescriptions|units), per_1000}. forecast: ForecastParams (ForecastRequest {model, horizon, options, backtest_origins, as_of} plus source: trends with series (TrendRequest), or districts with indicator, the daily powiat series stored with the data; selector). The forecast result is what `epidesk-cli forecast` prints: ForecastResult {model, horizon, forecasts, backtest, analogues, fit, and with as_of: as_of, actuals {code: [{period, value}]}} plus indicator and errors {code: message}."}
        }
      },
      "DashboardParams": {
        "type": "object", "required": ["document"],
        "description": "A dashboard job: the document is rendered to PDF by the worker (epidesk-render) against the worker's own data source, whatever the document's source says.",
        "properties": {
          "document": {"type": "object", "description": "The .epidash document (format_version 1), inline, at most 512 KiB of JSON, validated like a file (422 naming the field, e.g. params.document.panels[0].kind). Nothing in it may name a file on the server: source.store must be empty (422 params.document.source.store), source.warehouse and source.cluster are ignored, relocation panels may not name a scenario (422 params.document.panels[i].params.scenario); forecast panels are held to the forecast cost limits (422 params.document.panels[i].params.forecast...). The window layout is dropped (it does not change a render, nor the cache key)."}
        }
      },
      "DashboardResult": {
        "type": "object",
        "description": "The result of a dashboard job; the PDF itself is the artifact report.pdf.",
        "properties": {
          "title": {"type": "string"},
          "data_version": {"type": "string", "description": "The worker's data the PDF was drawn from"},
          "saved_data_version": {"type": "string", "description": "The data version the document was saved against"},
          "data_changed": {"type": "boolean"},
          "changes": {"type": "object", "properties": {"added": {"type": "array", "items": {"type": "string"}}, "replaced": {"type": "array", "items": {"type": "string"}}, "removed": {"type": "array", "items": {"type": "string"}}}, "description": "Imported files that differ between the document's saved data and the worker's"},
          "panels": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string"}, "title": {"type": "string"}, "width": {"type": "integer"}, "height": {"type": "integer"}}}},
          "artifacts": {"type": "object", "additionalProperties": {"type": "object", "properties": {"content_type": {"type": "string"}, "bytes": {"type": "integer"}, "sha256": {"type": "string"}}}, "description": "Files of the job by name: report.pdf"}
        }
      },
      "FieldErrors": {
        "type": "object",
        "properties": {"errors": {"type": "array", "items": {"type": "object", "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}
      },
      "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
      "Accepted": {"type": "object", "properties": {"job_id": {"type": "string", "format": "uuid"}, "status": {"type": "string"}}},
      "Cached": {"type": "object", "properties": {"status": {"type": "string", "enum": ["succeeded"]}, "cached": {"type": "boolean"}, "job_id": {"type": "string", "format": "uuid", "description": "Kinds with artifacts (dashboard): the caller's succeeded job for this request (recorded now if there was none), to fetch the artifacts from"}, "result": {"type": "object"}}},
      "Job": {
        "type": "object",
        "properties": {
          "job_id": {"type": "string", "format": "uuid"},
          "owner": {"type": "string"},
          "kind": {"type": "string"},
          "request": {"$ref": "#/components/schemas/JobRequest"},
          "status": {"type": "string"},
          "progress": {"type": "number", "description": "percent"},
          "attempts": {"type": "integer"},
          "max_attempts": {"type": "integer"},
          "worker": {"type": "string"},
          "error": {"type": "string"},
          "timings": {"type": "object", "properties": {"created_at": {"type": "string"}, "started_at": {"type": "string", "nullable": true}, "finished_at": {"type": "string", "nullable": true}, "queued_seconds": {"type": "number"}, "run_seconds": {"type": "number"}}},
          "result": {"type": "object", "description": "When succeeded: TrendResult JSON, for forecast the `epidesk-cli forecast` JSON (ForecastResult plus indicator and errors), for dashboard a DashboardResult"}
        }
      },
      "ScheduleRequest": {
        "type": "object", "required": ["kind", "params", "cron", "timezone"],
        "description": "A recurring run. kind and params are validated exactly as POST /v1/jobs validates them (422 naming the field, e.g. params.level); unknown fields are refused.",
        "properties": {
          "kind": {"type": "string", "enum": ["trends", "forecast", "relocation", "dashboard"], "description": "dashboard: the document is rendered to PDF on a worker; each run's PDF is downloadable from its artifacts"},
          "params": {"type": "object"},
          "cron": {"type": "string", "example": "0 7 * * 1", "description": "Five fields (minute hour day-of-month month day-of-week) with Vixie cron / pg_cron syntax: *, lists, ranges, steps, names (jan, mon), and @hourly @daily @weekly @monthly @yearly. Day of month and day of week both restricted: either matches. Evaluated in the time zone; on daylight-saving changes, a run at a fixed time (no * in minute or hour) happens once: at the end of a skipped hour, or on the first pass of a repeated one; wildcard runs follow the clock."},
          "timezone": {"type": "string", "example": "America/Sao_Paulo", "description": "IANA time zone"},
          "name": {"type": "string", "maxLength": 200},
          "catch_up": {"type": "string", "enum": ["none", "latest", "all"], "default": "latest", "description": "Due times missed while no server ran (found later than the server's --schedule-grace): none records them as missed; latest runs the newest of them; all runs each (at most 100), one after another"},
          "force": {"type": "boolean", "default": false, "description": "Recompute even when the data version and request equal those of the last successful run (otherwise the run is recorded as unchanged and links that run's job)"},
          "max_failures": {"type": "integer", "minimum": 1, "maximum": 100, "default": 5, "description": "Failed runs in a row after which the schedule pauses itself (pause_reason says why)"}
        }
      },
      "Schedule": {
        "type": "object",
        "properties": {
          "schedule_id": {"type": "string", "format": "uuid"}, "owner": {"type": "string"}, "name": {"type": "string"},
          "kind": {"type": "string"}, "params": {"type": "object", "description": "Left out of lists"},
          "cron": {"type": "string"}, "timezone": {"type": "string"}, "catch_up": {"type": "string"}, "force": {"type": "boolean"},
          "max_failures": {"type": "integer"}, "paused": {"type": "boolean"}, "pause_reason": {"type": "string", "nullable": true},
          "consecutive_failures": {"type": "integer"},
          "next_run_at": {"type": "string", "format": "date-time", "nullable": true, "description": "UTC; null while paused"},
          "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"},
          "last_run": {"type": "object", "nullable": true, "properties": {"status": {"type": "string"}, "due_at": {"type": "string", "format": "date-time"}, "job_id": {"type": "string", "nullable": true}}}
        }
      },
      "ScheduleRun": {
        "type": "object",
        "properties": {
          "run_id": {"type": "integer"}, "schedule_id": {"type": "string", "format": "uuid"},
          "due_at": {"type": "string", "format": "date-time", "description": "The scheduled time (UTC); run-now: when it was asked for"},
          "trigger": {"type": "string", "enum": ["cron", "catch_up", "manual"]},
          "status": {"type": "string", "enum": ["pending", "queued", "running", "succeeded", "failed", "cancelled", "skipped", "unchanged", "missed"], "description": "skipped: the previous run was still going; unchanged: same data version and request as the last success (its job is linked); missed: no server ran at the due time and catch_up did not run it; pending: a caught-up run waiting its turn"},
          "job_id": {"type": "string", "format": "uuid", "nullable": true}, "job_url": {"type": "string"},
          "data_version": {"type": "string", "nullable": true}, "reason": {"type": "string", "nullable": true},
          "handled_at": {"type": "string", "format": "date-time"}, "started_at": {"type": "string", "format": "date-time", "nullable": true},
          "finished_at": {"type": "string", "format": "date-time", "nullable": true},
          "artifacts": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "url": {"type": "string"}}}, "description": "dashboard runs that succeeded (or are unchanged): the PDF, /v1/jobs/{job_id}/artifacts/report.pdf"}
        }
      }
    }
  },
  "security": [{"bearer": []}],
  "paths": {
    "/v1/jobs": {
      "post": {
        "summary": "Submit a computation",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobRequest"}}}},
        "responses": {
          "200": {"description": "An identical request on the same data already succeeded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Cached"}}}},
          "202": {"description": "Queued (or the caller's identical job still queued/running)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Accepted"}}}},
          "400": {"description": "Malformed JSON, invalid UTF-8, a \\u escape naming a lone surrogate, or \\u0000 (text PostgreSQL's jsonb cannot hold)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "401": {"description": "Missing, unknown, revoked or expired token, or an Authorization header that is not exactly `Bearer <token>`"},
          "413": {"description": "Body larger than the limit (1 MiB by default)"},
          "422": {"description": "Invalid request, a setting that names a file on the worker (relocation settings.write_model; a dashboard document's source.store or a relocation panel's scenario), a dashboard document above 512 KiB, or a declared cost above the server's limits (forecast series × horizon × (backtest_origins + 1) × samples; samples × horizon per series; relocation time_limit_seconds and districts × facilities × groups × months)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FieldErrors"}}}},
          "503": {"description": "The database did not answer in time, or the server is saturated; see Retry-After"}
        }
      },
      "get": {
        "summary": "The caller's jobs (admins: all), newest first, as summaries (no request, no result), a page at a time",
        "parameters": [
          {"name": "status", "in": "query", "schema": {"type": "string"}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 100, "maximum": 1000}},
          {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "next_cursor of the previous page"}
        ],
        "responses": {"200": {"description": "Up to limit jobs and at most about 256 KiB of JSON; next_cursor is null on the last page", "content": {"application/json": {"schema": {"type": "object", "properties": {"jobs": {"type": "array", "items": {"$ref": "#/components/schemas/Job"}}, "next_cursor": {"type": "string", "nullable": true}}}}}}, "401": {"description": "Missing or unknown token"}, "422": {"description": "Bad limit, status or cursor"}}
      }
    },
    "/v1/jobs/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
      "get": {
        "summary": "Status, progress, timings and, when done, the result",
        "responses": {"200": {"description": "The job", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}}, "404": {"description": "No such job, or another user's"}}
      },
      "delete": {
        "summary": "Cancel a queued or running job",
        "responses": {"200": {"description": "The job's status afterwards", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Accepted"}}}}, "404": {"description": "No such job, or another user's"}}
      }
    },
    "/v1/jobs/{id}/artifacts/{name}": {
      "parameters": [
        {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
        {"name": "name", "in": "path", "required": true, "schema": {"type": "string", "enum": ["report.pdf"]}, "description": "A file the job's result lists under artifacts"}
      ],
      "get": {
        "summary": "A file a succeeded job produced besides its result: a dashboard job's PDF (report.pdf). Same token and per-user isolation as GET /v1/jobs/{id}; stored in PostgreSQL with the result (shared by identical requests on identical data), at most the worker's --job-artifact-mb (64 MiB)",
        "responses": {
          "200": {"description": "The file", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "401": {"description": "Missing, unknown, revoked or expired token"},
          "404": {"description": "No such job, another user's, or no such file"},
          "409": {"description": "The job has not succeeded (yet): queued or running (Retry-After), failed or cancelled", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    },
    "/v1/schedules": {
      "post": {
        "summary": "Create a schedule (Cluster ▸ Schedules… in the desktop, epidesk-cli schedule create)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScheduleRequest"}}}},
        "responses": {
          "201": {"description": "Created; next_run_at says when it first runs", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Schedule"}}}},
          "400": {"description": "Malformed JSON"}, "401": {"description": "Missing, invalid or expired token"},
          "409": {"description": "The user has as many schedules as the server allows (--max-schedules-per-user)"},
          "422": {"description": "Invalid field: params as for jobs, cron (e.g. 61 * * * *, or * * *), timezone (unknown IANA id), catch_up, max_failures, or an unknown field", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FieldErrors"}}}}
        }
      },
      "get": {"summary": "The caller's schedules (admins: all), newest first, without params", "responses": {"200": {"description": "{schedules: [Schedule]}"}}}
    },
    "/v1/schedules/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
      "get": {"summary": "A schedule with its params and last run", "responses": {"200": {"description": "The schedule", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Schedule"}}}}, "404": {"description": "No such schedule, or another user's"}}},
      "patch": {"summary": "Change fields of a schedule (the same fields as at creation; kind only together with params). A changed cron or time zone counts from now.", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}}, "responses": {"200": {"description": "The schedule"}, "404": {"description": "No such schedule"}, "422": {"description": "Invalid field"}}},
      "delete": {"summary": "Delete a schedule and its run history (the runs' jobs and results stay)", "responses": {"200": {"description": "{schedule_id, deleted}"}, "404": {"description": "No such schedule"}}}
    },
    "/v1/schedules/{id}/pause": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
      "post": {"summary": "Pause: no run is made until resumed", "responses": {"200": {"description": "The schedule"}, "404": {"description": "No such schedule"}}}
    },
    "/v1/schedules/{id}/resume": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
      "post": {"summary": "Resume from now (due times passed while paused are not runs; the failure count restarts)", "responses": {"200": {"description": "The schedule"}, "404": {"description": "No such schedule"}}}
    },
    "/v1/schedules/{id}/run-now": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
      "post": {"summary": "Run once now, paused or not", "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {"force": {"type": "boolean", "description": "Overrides the schedule's force for this run"}}}}}},
        "responses": {"202": {"description": "The run (queued, or succeeded/unchanged at once)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScheduleRun"}}}}, "404": {"description": "No such schedule"}, "409": {"description": "A run of the schedule is still going (Retry-After)"}}}
    },
    "/v1/schedules/{id}/runs": {
      "parameters": [
        {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 50, "maximum": 500}},
        {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "next_cursor of the previous page"}
      ],
      "get": {"summary": "The schedule's run history, newest first, a page at a time", "responses": {"200": {"description": "{runs: [ScheduleRun], next_cursor}"}, "404": {"description": "No such schedule"}, "422": {"description": "Bad limit or cursor"}}}
    },
    "/v1/health": {
      "get": {"security": [], "summary": "Readiness: database reachable, answered from the server's last check (every second), never waiting on the database", "responses": {"200": {"description": "Healthy"}, "503": {"description": "Database unreachable or not answering"}}}
    },
    "/metrics": {
      "get": {"security": [], "summary": "Prometheus metrics: queue depth, running jobs, job durations, failures, workers alive; schedules active/paused, scheduled runs by status, scheduler lag (due to started), overdue seconds and which server leads the scheduler", "responses": {"200": {"description": "text/plain; version=0.0.4"}}}
    },
    "/openapi.json": {
      "get": {"security": [], "summary": "This document", "responses": {"200": {"description": "OpenAPI 3 document"}}}
    }
  }
})json";

// The literal plus what other tables own: the forecast params
// (ForecastParamSchema) and the job statuses (JobStatus.h).
QJsonObject buildDocument() {
  QJsonObject doc = QJsonDocument::fromJson(QByteArray(kDocument)).object();
  QJsonObject components = doc.value("components").toObject();
  QJsonObject schemas = components.value("schemas").toObject();
  schemas.insert("ForecastParams", ForecastParamSchema::openApi());
  QJsonObject job = schemas.value("Job").toObject();
  QJsonObject properties = job.value("properties").toObject();
  properties.insert(
      "status", QJsonObject{{"type", "string"}, {"enum", QJsonArray::fromStringList(serverJobStatusIds())}});
  job.insert("properties", properties);
  schemas.insert("Job", job);
  components.insert("schemas", schemas);
  doc.insert("components", components);
  return doc;
}
} // namespace

QByteArray openApiDocument() {
  // Built once; re-serialising validates the literal and strips the indentation.
  static const QByteArray doc = QJsonDocument(buildDocument()).toJson(QJsonDocument::Compact);
  return doc;
}

} // namespace epidesk
