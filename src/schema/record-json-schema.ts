// Generated from the zod schema (src/schema/record.ts) by test/schema/record-check.test.ts:
// delete this file and run the tests to write it again. Do not edit by hand.
import type { JsonSchema } from './check.js'

export const RECORD_JSON_SCHEMA: JsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://ingest.invalid/schema/record-v1.json",
  "title": "ingest project record",
  "description": "One record per input document (dataset contract, version 1).",
  "type": "object",
  "properties": {
    "schemaVersion": {
      "type": "number",
      "const": 1
    },
    "id": {
      "type": "string",
      "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    },
    "title": {
      "anyOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "null"
        }
      ]
    },
    "alternativeTitles": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "language": {
      "type": "string",
      "pattern": "^(?:[a-z]{2}|und)$"
    },
    "layout": {
      "type": "string",
      "enum": [
        "eea-project-facts",
        "unodc-baltic-grant",
        "lv-norwaygrants-page",
        "lv-project-table",
        "generic"
      ]
    },
    "projectNumber": {
      "anyOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "null"
        }
      ]
    },
    "funders": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "promoter": {
      "anyOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "null"
        }
      ]
    },
    "partners": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "country": {
            "anyOf": [
              {
                "type": "string",
                "pattern": "^[A-Z]{2}$"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "name",
          "country"
        ],
        "additionalProperties": false
      }
    },
    "country": {
      "anyOf": [
        {
          "type": "string",
          "pattern": "^[A-Z]{2}$"
        },
        {
          "type": "null"
        }
      ]
    },
    "locations": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "status": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "completed",
            "ongoing",
            "planned",
            "cancelled"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "startDate": {
      "anyOf": [
        {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        },
        {
          "type": "null"
        }
      ]
    },
    "endDate": {
      "anyOf": [
        {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        },
        {
          "type": "null"
        }
      ]
    },
    "durationMonths": {
      "anyOf": [
        {
          "type": "integer",
          "exclusiveMinimum": 0,
          "maximum": 9007199254740991
        },
        {
          "type": "null"
        }
      ]
    },
    "publishedDate": {
      "anyOf": [
        {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        },
        {
          "type": "null"
        }
      ]
    },
    "amounts": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "role": {
            "type": "string",
            "enum": [
              "budget",
              "total_cost",
              "initial_cost",
              "final_cost",
              "grant",
              "cofinancing",
              "other"
            ]
          },
          "amount": {
            "type": "number"
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "eur": {
            "type": [
              "number",
              "null"
            ]
          },
          "rate": {
            "anyOf": [
              {
                "type": "number",
                "exclusiveMinimum": 0
              },
              {
                "type": "null"
              }
            ]
          },
          "rateSource": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "irrevocable",
                  "identity",
                  "user"
                ]
              },
              {
                "type": "null"
              }
            ]
          },
          "text": {
            "type": "string",
            "minLength": 1
          }
        },
        "required": [
          "role",
          "amount",
          "currency",
          "eur",
          "rate",
          "rateSource",
          "text"
        ],
        "additionalProperties": false
      }
    },
    "targetGroups": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "objectives": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "indicators": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "label": {
            "type": "string",
            "minLength": 1
          },
          "value": {
            "type": "number"
          },
          "unit": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "label",
          "value",
          "unit"
        ],
        "additionalProperties": false
      }
    },
    "summary": {
      "anyOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "null"
        }
      ]
    },
    "contacts": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phones": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "name",
          "email",
          "phones"
        ],
        "additionalProperties": false
      }
    },
    "source": {
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "minLength": 1
        },
        "sha256": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        },
        "bytes": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991
        },
        "encoding": {
          "type": "string"
        },
        "url": {
          "type": [
            "string",
            "null"
          ]
        },
        "retrievedAt": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "path",
        "sha256",
        "bytes",
        "encoding",
        "url",
        "retrievedAt"
      ],
      "additionalProperties": false
    },
    "diagnostics": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "level": {
            "type": "string",
            "enum": [
              "error",
              "warning",
              "info"
            ]
          },
          "code": {
            "type": "string",
            "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
          },
          "message": {
            "type": "string"
          },
          "line": {
            "anyOf": [
              {
                "type": "integer",
                "exclusiveMinimum": 0,
                "maximum": 9007199254740991
              },
              {
                "type": "null"
              }
            ]
          },
          "column": {
            "anyOf": [
              {
                "type": "integer",
                "exclusiveMinimum": 0,
                "maximum": 9007199254740991
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "level",
          "code",
          "message",
          "line",
          "column"
        ],
        "additionalProperties": false
      }
    }
  },
  "required": [
    "schemaVersion",
    "id",
    "title",
    "alternativeTitles",
    "language",
    "layout",
    "projectNumber",
    "funders",
    "promoter",
    "partners",
    "country",
    "locations",
    "status",
    "startDate",
    "endDate",
    "durationMonths",
    "publishedDate",
    "amounts",
    "targetGroups",
    "objectives",
    "indicators",
    "summary",
    "contacts",
    "source",
    "diagnostics"
  ],
  "additionalProperties": false
}
